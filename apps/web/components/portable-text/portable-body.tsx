import Link from 'next/link'
import { PortableText, type PortableTextComponents } from '@portabletext/react'
import type {
  AudioFile,
  BodyImage,
  Callout,
  CodeBlock as CodeBlockValue,
  DataTable,
  Divider,
  Embed,
  LinkCard as LinkCardValue,
  PortableTextBody,
  PullQuote,
  SimplePortableText,
  VideoFile,
} from '@blog/schemas'
import { ContentImage } from '@/components/media/content-image'
import { keyed, unmarkedField, type Field, type Mark } from '@/lib/click-to-edit'
import { BodyTable } from './body-table'
import { CodeBlock } from './code-block'
import { BodyEmbed, LinkCard } from './embed'
import { AudioBlock, VideoBlock } from './media-file'
import { paths } from '@/lib/paths'

type InternalLinkValue = { to?: { _type: 'article' | 'author' | 'book'; slug: string } | null }

const CALLOUT_LABELS: Record<Callout['tone'], string> = { note: 'Note', tip: 'Tip', warning: 'Warning' }

function isExternal(href: string) {
  return /^https?:\/\//.test(href)
}

/** The click-to-edit mark of a block, by its key (empty for readers). */
type BlockField = (key: string | undefined) => Mark

/**
 * The renderers. Every block and list item passes its key to `at`, whose mark is empty for readers, so their
 * HTML is what @portabletext/react's own renderers write; in draft mode each one opens its block in the Studio.
 */
function componentsFor(at: BlockField): PortableTextComponents {
  return {
    types: {
      image: ({ value }: { value: BodyImage }) => (
        <figure className="body-figure" {...at(value._key)}>
          <ContentImage image={value} width={720} sizes="(min-width: 800px) 720px, 100vw" />
          {value.caption ? <figcaption>{value.caption}</figcaption> : null}
        </figure>
      ),
      callout: ({ value }: { value: Callout }) => (
        <aside
          className={`callout callout--${value.tone}`}
          role="note"
          aria-label={value.title ?? CALLOUT_LABELS[value.tone]}
          {...at(value._key)}
        >
          <p className="callout__title">{value.title ?? CALLOUT_LABELS[value.tone]}</p>
          <p>{value.text}</p>
        </aside>
      ),
      pullQuote: ({ value }: { value: PullQuote }) => (
        <figure className="pull-quote" {...at(value._key)}>
          <blockquote>
            <p>{value.quote}</p>
          </blockquote>
          {value.attribution ? <figcaption>{value.attribution}</figcaption> : null}
        </figure>
      ),
      dataTable: ({ value }: { value: DataTable }) => <BodyTable value={value} mark={at(value._key)} />,
      code: ({ value }: { value: CodeBlockValue }) => <CodeBlock value={value} mark={at(value._key)} />,
      divider: ({ value }: { value: Divider }) => (
        <hr className={value.style === 'dots' ? 'divider divider--dots' : 'divider'} {...at(value._key)} />
      ),
      embed: ({ value }: { value: Embed }) => <BodyEmbed value={value} mark={at(value._key)} />,
      linkCard: ({ value }: { value: LinkCardValue }) => <LinkCard value={value} mark={at(value._key)} />,
      audioFile: ({ value }: { value: AudioFile }) => <AudioBlock value={value} mark={at(value._key)} />,
      videoFile: ({ value }: { value: VideoFile }) => <VideoBlock value={value} mark={at(value._key)} />,
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
      normal: ({ children, value }) => <p {...at(value._key)}>{children}</p>,
      h2: ({ children, value }) => (
        <h2 id={`h-${value._key}`} {...at(value._key)}>
          {children}
        </h2>
      ),
      h3: ({ children, value }) => <h3 {...at(value._key)}>{children}</h3>,
      h4: ({ children, value }) => <h4 {...at(value._key)}>{children}</h4>,
      blockquote: ({ children, value }) => (
        <blockquote className="body-quote" {...at(value._key)}>
          {children}
        </blockquote>
      ),
    },
    listItem: ({ children, value }) => <li {...at(value._key)}>{children}</li>,
  }
}

const readerComponents = componentsFor(() => ({}))

/** Renders an article body; unknown block types are skipped quietly rather than breaking the page. */
export function PortableBody({
  value,
  className = 'prose',
  field,
  path = 'body',
}: {
  value: PortableTextBody | SimplePortableText
  className?: string
  /** The fields of the document this text belongs to, for click-to-edit in draft mode. */
  field?: Field
  /** The array field holding the text (`body`, an author's `bio`). */
  path?: string
}) {
  // Readers' renders share one set of renderers; only draft mode builds a set that marks each block.
  const components =
    field && field !== unmarkedField ? componentsFor((key) => (key ? field(keyed(path, key)) : {})) : readerComponents
  return (
    <div className={className}>
      <PortableText value={value} components={components} onMissingComponent={false} />
    </div>
  )
}
