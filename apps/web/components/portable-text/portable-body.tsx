import Link from 'next/link'
import { PortableText, type PortableTextComponents } from '@portabletext/react'
import type { BodyImage, Callout, PortableTextBody, PullQuote, SimplePortableText } from '@blog/schemas'
import { ContentImage } from '@/components/media/content-image'
import { paths } from '@/lib/paths'

type InternalLinkValue = { to?: { _type: 'article' | 'author' | 'book'; slug: string } | null }

const CALLOUT_LABELS: Record<Callout['tone'], string> = { note: 'Note', tip: 'Tip', warning: 'Warning' }

function isExternal(href: string) {
  return /^https?:\/\//.test(href)
}

const components: PortableTextComponents = {
  types: {
    image: ({ value }: { value: BodyImage }) => (
      <figure className="body-figure">
        <ContentImage image={value} width={720} sizes="(min-width: 800px) 720px, 100vw" />
        {value.caption ? <figcaption>{value.caption}</figcaption> : null}
      </figure>
    ),
    callout: ({ value }: { value: Callout }) => (
      <aside
        className={`callout callout--${value.tone}`}
        role="note"
        aria-label={value.title ?? CALLOUT_LABELS[value.tone]}
      >
        <p className="callout__title">{value.title ?? CALLOUT_LABELS[value.tone]}</p>
        <p>{value.text}</p>
      </aside>
    ),
    pullQuote: ({ value }: { value: PullQuote }) => (
      <figure className="pull-quote">
        <blockquote>
          <p>{value.quote}</p>
        </blockquote>
        {value.attribution ? <figcaption>{value.attribution}</figcaption> : null}
      </figure>
    ),
  },
  marks: {
    link: ({ value, children }: { value?: { href?: string }; children: React.ReactNode }) => {
      const href = value?.href ?? '#'
      return isExternal(href) ? (
        <a href={href} rel="noopener noreferrer">
          {children}
        </a>
      ) : (
        <a href={href}>{children}</a>
      )
    },
    // A link whose target was unpublished renders as plain text rather than a dead link.
    internalLink: ({ value, children }: { value?: InternalLinkValue; children: React.ReactNode }) =>
      value?.to ? <Link href={paths[value.to._type](value.to.slug)}>{children}</Link> : <>{children}</>,
    code: ({ children }) => <code>{children}</code>,
    underline: ({ children }) => <span className="underline">{children}</span>,
    'strike-through': ({ children }) => <s>{children}</s>,
  },
  block: {
    h2: ({ children, value }) => <h2 id={`h-${value._key}`}>{children}</h2>,
    h3: ({ children }) => <h3>{children}</h3>,
    h4: ({ children }) => <h4>{children}</h4>,
    blockquote: ({ children }) => <blockquote className="body-quote">{children}</blockquote>,
  },
}

/** Renders an article body; unknown block types are skipped quietly rather than breaking the page. */
export function PortableBody({
  value,
  className = 'prose',
}: {
  value: PortableTextBody | SimplePortableText
  className?: string
}) {
  return (
    <div className={className}>
      <PortableText value={value} components={components} onMissingComponent={false} />
    </div>
  )
}
