import { render, screen } from '@testing-library/react'
import { markFields, marksIn } from '@/test/edit-marks'
import { settings } from '@/test/fixtures'
import { SiteFooter, SiteHeader } from './site-header'

describe('site header and footer', () => {
  it('carry no click-to-edit mark for readers', () => {
    const { container } = render(
      <>
        <SiteHeader settings={settings} />
        <SiteFooter settings={settings} />
      </>,
    )
    expect(marksIn(container)).toEqual([])
  })

  it('open the site settings in draft mode: title, each navigation item, publication', () => {
    const { container } = render(
      <>
        <SiteHeader settings={settings} edit={markFields} />
        <SiteFooter settings={settings} edit={markFields} />
      </>,
    )
    expect(screen.getAllByRole('link', { name: 'Test Blog' })[0]).toHaveAttribute(
      'data-sanity',
      'siteSettings siteSettings title',
    )
    expect(marksIn(container)).toEqual([
      'siteSettings siteSettings title',
      'siteSettings siteSettings navigation[_key=="n"]',
      'siteSettings siteSettings publicationName',
    ])
  })
})
