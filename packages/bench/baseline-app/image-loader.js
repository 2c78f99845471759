// Like the blog's loader for local files: served as they are.
export default function imageLoader({ src }) {
  return src
}
