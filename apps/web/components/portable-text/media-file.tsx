import type { AudioFile, FileValue, VideoFile } from '@blog/schemas'
import type { Mark } from '@/lib/click-to-edit'
import { imageUrl } from '@/lib/image'

/** The link inside a player: browsers without audio or video show it instead of the controls. */
function Download({ file, title }: { file: FileValue; title: string }) {
  return (
    <a href={file.asset.url} download>
      Download {title}
    </a>
  )
}

// A track from another origin (Sanity's CDN) loads only when the media element asks for it with CORS.
const crossOrigin = (url: string) => (url.startsWith('/') ? undefined : ('anonymous' as const))

const isWebVtt = (file: FileValue) =>
  file.asset.mimeType === 'text/vtt' || new URL(file.asset.url, 'http://local').pathname.endsWith('.vtt')

/** A recording with native controls (no script), its caption, and the transcript folded under it. */
export function AudioBlock({ value, mark }: { value: AudioFile; mark?: Mark }) {
  return (
    <figure className="body-media body-media--audio" {...mark}>
      {/* Nothing is fetched until the reader presses play. */}
      <audio controls preload="none" src={value.file.asset.url} aria-label={value.title}>
        <Download file={value.file} title={value.title} />
      </audio>
      {value.caption ? <figcaption>{value.caption}</figcaption> : null}
      {value.transcript ? (
        <details className="body-media__transcript">
          <summary>Transcript</summary>
          <p>{value.transcript}</p>
        </details>
      ) : null}
    </figure>
  )
}

/** A video with native controls, English captions when there is a WebVTT file, and the poster before it plays. */
export function VideoBlock({ value, mark }: { value: VideoFile; mark?: Mark }) {
  const captions = value.captions && isWebVtt(value.captions) ? value.captions : null
  return (
    <figure className="body-media body-media--video" {...mark}>
      <video
        controls
        preload="metadata"
        playsInline
        src={value.file.asset.url}
        poster={value.poster ? imageUrl(value.poster, 1440) : undefined}
        aria-label={value.title}
        crossOrigin={captions ? crossOrigin(captions.asset.url) : undefined}
      >
        {captions ? <track kind="captions" srcLang="en" label="English" default src={captions.asset.url} /> : null}
        <Download file={value.file} title={value.title} />
      </video>
      {value.caption ? <figcaption>{value.caption}</figcaption> : null}
    </figure>
  )
}
