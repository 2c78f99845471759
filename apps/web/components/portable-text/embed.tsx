import { EMBED_PROVIDER_NAMES, embedTarget, type Embed, type LinkCard as LinkCardValue } from '@blog/schemas'
import { ContentImage } from '@/components/media/content-image'
import type { Mark } from '@/lib/click-to-edit'

/** A video (a player on request) or a social post (a link: posts need the provider's script, which we never load). */
export function BodyEmbed({ value, mark }: { value: Embed; mark?: Mark }) {
  const target = embedTarget(value.url)
  if (!target) return null
  const provider = EMBED_PROVIDER_NAMES[target.provider]
  return (
    <figure className={target.player ? 'embed embed--video' : 'embed embed--post'} {...mark}>
      {target.player ? (
        <>
          {/* public/embed-player.js puts the player in the stage on a click; React dedupes the script per page. */}
          <div className="embed__stage" />
          <a
            className="embed__facade"
            href={value.url}
            rel="noopener noreferrer"
            data-player={target.player}
            data-title={value.title}
          >
            <span className="embed__play" aria-hidden="true">
              ▶
            </span>
            <span className="embed__title">{value.title}</span>
            <span className="embed__note">Plays from {provider}: nothing loads from it until you press play.</span>
          </a>
          <script async src="/embed-player.js" />
        </>
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
