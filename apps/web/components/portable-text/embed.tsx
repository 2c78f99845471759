import { EMBED_PROVIDER_NAMES, embedTarget, type Embed, type LinkCard as LinkCardValue } from '@blog/schemas'
import { ContentImage } from '@/components/media/content-image'
import type { Mark } from '@/lib/click-to-edit'
import { EmbedPlayer } from './embed-player'

/** A video (a player on request) or a social post (a link: posts need the provider's script, which we never load). */
export function BodyEmbed({ value, mark }: { value: Embed; mark?: Mark }) {
  const target = embedTarget(value.url)
  if (!target) return null
  const provider = EMBED_PROVIDER_NAMES[target.provider]
  return (
    <figure className={target.player ? 'embed embed--video' : 'embed embed--post'} {...mark}>
      {target.player ? (
        <EmbedPlayer url={value.url} player={target.player} title={value.title} provider={provider} />
      ) : (
        <a className="embed__link" href={value.url} rel="noopener noreferrer">
          <span className="embed__title">{value.title}</span>
          <span className="embed__note">View the post on {provider}</span>
        </a>
      )}
      {value.caption ? <figcaption>{value.caption}</figcaption> : null}
    </figure>
  )
}

/** A bookmark to another site as a card. */
export function LinkCard({ value, mark }: { value: LinkCardValue; mark?: Mark }) {
  return (
    <a className="link-card" href={value.url} rel="noopener noreferrer" {...mark}>
      <span className="link-card__text">
        <span className="link-card__title">{value.title}</span>
        {value.description ? <span className="link-card__description">{value.description}</span> : null}
        <span className="link-card__publisher">{value.publisher || new URL(value.url).hostname}</span>
      </span>
      {value.thumbnail ? <ContentImage image={value.thumbnail} width={160} className="link-card__picture" /> : null}
    </a>
  )
}
