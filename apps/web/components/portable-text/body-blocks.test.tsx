import { render, screen, within } from '@testing-library/react'
import type { PortableTextBody } from '@blog/schemas'
import { CodeBlock } from './code-block'
import { PortableBody } from './portable-body'

const body: PortableTextBody = [
  {
    _type: 'dataTable',
    _key: 't',
    caption: 'A week of training',
    table: {
      rows: [
        { _type: 'tableRow', _key: 'h', cells: ['Day', 'Session'] },
        { _type: 'tableRow', _key: 'r1', cells: ['Monday', 'Rest'] },
        { _type: 'tableRow', _key: 'r2', cells: ['Tuesday', 'Hills'] },
      ],
    },
  },
  { _type: 'divider', _key: 'd', style: 'dots' },
  { _type: 'embed', _key: 'v', url: 'https://youtu.be/dQw4w9WgXcQ', title: 'Six hill repeats, filmed' },
  {
    _type: 'embed',
    _key: 'p',
    url: 'https://x.com/runner/status/123',
    title: 'A runner on hills',
    caption: 'Seen on X',
  },
  {
    _type: 'linkCard',
    _key: 'l',
    url: 'https://research.example/hills',
    title: 'Hill training study',
    description: 'What twelve weeks of hills did.',
  },
]

describe('body blocks beyond text', () => {
  it('renders a table with its caption and column headers', () => {
    render(<PortableBody value={body} />)
    const table = screen.getByRole('table', { name: 'A week of training' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Day', 'Session'])
    expect(within(table).getAllByRole('row')).toHaveLength(3)
    expect(within(table).getByRole('cell', { name: 'Hills' })).toBeInTheDocument()
    // It scrolls on its own when wide: a named region keyboard users can reach.
    expect(screen.getByRole('region', { name: 'A week of training' })).toHaveAttribute('tabindex', '0')
  })

  it('renders a divider as a rule', () => {
    const { container } = render(<PortableBody value={body} />)
    expect(container.querySelector('hr.divider--dots')).not.toBeNull()
  })

  it('loads no video until asked: a link to it, with the privacy-enhanced player for the click script', () => {
    const { container } = render(<PortableBody value={body} />)
    const play = screen.getByRole('link', { name: /Six hill repeats, filmed/ })
    expect(play).toHaveAttribute('href', 'https://youtu.be/dQw4w9WgXcQ')
    expect(play).toHaveAttribute('data-player', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1')
    expect(container.querySelector('iframe')).toBeNull()
    // React hoists the async script to the head, once per page.
    expect(document.querySelectorAll('script[src="/embed-player.js"]')).toHaveLength(1)
  })

  it('links a social post instead of loading its script, with the caption', () => {
    render(<PortableBody value={body} />)
    expect(screen.getByRole('link', { name: /A runner on hills.*View the post on X/ })).toHaveAttribute(
      'href',
      'https://x.com/runner/status/123',
    )
    expect(screen.getByText('Seen on X').tagName).toBe('FIGCAPTION')
  })

  it('renders a link card with its title, description and the site it is on', () => {
    render(<PortableBody value={body} />)
    const card = screen.getByRole('link', { name: /Hill training study/ })
    expect(card).toHaveAttribute('href', 'https://research.example/hills')
    expect(card).toHaveTextContent('What twelve weeks of hills did.')
    expect(card).toHaveTextContent('research.example')
  })
})

describe('CodeBlock', () => {
  const code = 'function pace(km) {\n\treturn   km * 5\n}'

  it('keeps whitespace exactly, with the colours the read gave it, and marks highlighted lines', () => {
    const lines = [
      [{ content: 'function', color: '#D73A49' }, { content: ' pace(km) {' }],
      [{ content: '\treturn   km * 5' }],
      [{ content: '}' }],
    ]
    const { container } = render(
      <CodeBlock value={{ _type: 'code', _key: 'c', code, filename: 'pace.js', highlightedLines: [2], lines }} />,
    )
    expect(container.querySelector('code')?.textContent).toBe(code)
    expect(screen.getByText('pace.js').tagName).toBe('FIGCAPTION')
    expect(container.querySelector('.line--marked')?.textContent).toBe('\treturn   km * 5\n')
    expect(screen.getByText('function')).toHaveStyle({ color: '#D73A49' })
  })

  it('shows code it has no colours for as it is', () => {
    const { container } = render(<CodeBlock value={{ _type: 'code', _key: 'c', code }} />)
    expect(container.querySelector('code')?.textContent).toBe(code)
    expect(container.querySelectorAll('.line')).toHaveLength(3)
  })
})
