import { renderToStaticMarkup } from 'react-dom/server'
import { within } from '@testing-library/react'
import type { AudioFile, VideoFile } from '@blog/schemas'
import { PortableBody } from './portable-body'

const audio: AudioFile = {
  _type: 'audioFile',
  _key: 'a',
  title: 'Coach on easy pace',
  caption: 'Recorded after the long run',
  transcript: 'Run slowly.\nTalk while you run.',
  file: { asset: { _id: 'file-1-mp3', url: '/media/aa.mp3', mimeType: 'audio/mpeg', size: 1000 } },
}
const poster = {
  alt: 'A runner on a hill',
  asset: {
    _id: 'image-p',
    url: '/media/p-800x450.png',
    metadata: { dimensions: { width: 800, height: 450, aspectRatio: 16 / 9 } },
  },
}
const video: VideoFile = {
  _type: 'videoFile',
  _key: 'v',
  title: 'Hill drill',
  file: { asset: { _id: 'file-2-mp4', url: '/media/bb.mp4', mimeType: 'video/mp4' } },
  captions: { asset: { _id: 'file-3-vtt', url: '/media/cc.vtt', mimeType: 'text/vtt' } },
  poster,
}

// The HTML the server sends, with no script run: what a reader without JavaScript gets.
function serverHtml(body: (AudioFile | VideoFile)[]) {
  document.body.innerHTML = renderToStaticMarkup(<PortableBody value={body} />)
  return document.body
}

describe('audio and video files', () => {
  it('plays audio in native controls, loading nothing first, with a download link, caption and transcript', () => {
    const html = serverHtml([audio])
    const player = html.querySelector('audio')!
    expect(player).toHaveAttribute('src', '/media/aa.mp3')
    expect(player).toHaveAttribute('controls')
    expect(player).toHaveAttribute('preload', 'none')
    expect(player).toHaveAttribute('aria-label', 'Coach on easy pace')
    expect(within(player).getByRole('link', { name: 'Download Coach on easy pace' })).toHaveAttribute(
      'href',
      '/media/aa.mp3',
    )
    expect(player.closest('figure')?.querySelector('figcaption')).toHaveTextContent('Recorded after the long run')
    const transcript = html.querySelector('details')!
    expect(within(transcript).getByText('Transcript').tagName).toBe('SUMMARY')
    expect(transcript).toHaveTextContent('Run slowly. Talk while you run.')
    expect(transcript).not.toHaveAttribute('open')
  })

  it('leaves out the transcript and caption when there are none', () => {
    const html = serverHtml([{ ...audio, transcript: null, caption: undefined }])
    expect(html.querySelector('details')).toBeNull()
    expect(html.querySelector('figcaption')).toBeNull()
  })

  it('plays video inline with English captions, the poster and a download link', () => {
    const html = serverHtml([video])
    const player = html.querySelector('video')!
    expect(player).toHaveAttribute('src', '/media/bb.mp4')
    expect(player).toHaveAttribute('controls')
    expect(player).toHaveAttribute('preload', 'metadata')
    expect(player).toHaveAttribute('playsinline')
    expect(player).toHaveAttribute('poster', '/media/p-800x450.png')
    expect(player).not.toHaveAttribute('crossorigin')
    const track = player.querySelector('track')!
    expect(track).toHaveAttribute('kind', 'captions')
    expect(track).toHaveAttribute('srclang', 'en')
    expect(track).toHaveAttribute('label', 'English')
    expect(track).toHaveAttribute('default')
    expect(track).toHaveAttribute('src', '/media/cc.vtt')
    expect(within(player).getByRole('link', { name: 'Download Hill drill' })).toHaveAttribute('href', '/media/bb.mp4')
  })

  it('asks for CORS when the captions are on the CDN, and adds no track for a file that is not WebVTT', () => {
    const cdn = 'https://cdn.sanity.io/files/p/production/cc.vtt'
    const onCdn = serverHtml([{ ...video, captions: { asset: { _id: 'c', url: cdn } } }])
    expect(onCdn.querySelector('video')).toHaveAttribute('crossorigin', 'anonymous')
    expect(onCdn.querySelector('track')).toHaveAttribute('src', cdn)
    const srt = { asset: { _id: 'c', url: '/media/cc.srt', mimeType: 'application/x-subrip' } }
    const withoutTrack = serverHtml([{ ...video, captions: srt, poster: null }])
    expect(withoutTrack.querySelector('track')).toBeNull()
    expect(withoutTrack.querySelector('video')).not.toHaveAttribute('poster')
  })
})
