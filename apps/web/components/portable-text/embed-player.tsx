'use client'

import { useState, type MouseEvent } from 'react'

/**
 * A video that loads nothing from its provider until the reader presses play: until then a link to the video (which
 * is all a reader without JavaScript gets), then the provider's player in its place.
 */
export function EmbedPlayer({
  url,
  player,
  title,
  provider,
}: {
  url: string
  player: string
  title: string
  provider: string
}) {
  const [playing, setPlaying] = useState(false)
  if (playing)
    return (
      <iframe
        className="embed__frame"
        src={player}
        title={title}
        allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
        allowFullScreen
      />
    )
  const play = (event: MouseEvent<HTMLAnchorElement>) => {
    // A new tab or window stays the reader's choice.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    setPlaying(true)
  }
  return (
    <a className="embed__facade" href={url} rel="noopener noreferrer" onClick={play}>
      <span className="embed__play" aria-hidden="true">
        ▶
      </span>
      <span className="embed__title">{title}</span>
      <span className="embed__note">Plays from {provider}: nothing loads from it until you press play.</span>
    </a>
  )
}
