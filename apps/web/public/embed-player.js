// Click-to-play for the video embeds of an article body (components/portable-text/embed.tsx). A video is a link to it
// until a reader presses it; then the provider's player, and only then a request to the provider. Without this script
// the link simply opens the video. Plain script, loaded only by pages that hold a video: no bundle grows for the rest.
document.addEventListener('click', (event) => {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  const link = event.target instanceof Element ? event.target.closest('a[data-player]') : null
  const stage = link?.parentElement?.querySelector('.embed__stage')
  if (!link || !stage) return
  event.preventDefault()
  const frame = document.createElement('iframe')
  frame.className = 'embed__frame'
  frame.src = link.dataset.player
  frame.title = link.dataset.title
  frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen'
  frame.allowFullscreen = true
  // Into the empty box React rendered for it, so React's own nodes are never replaced.
  stage.append(frame)
  link.hidden = true
  frame.focus()
})
