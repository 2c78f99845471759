import { asciiLine, LargeBody } from './body'

export const revalidate = 3600

// The same bare page, padded with static text to about the size of the blog's pages: the bench compares against it to
// tell what the size costs from what the blog adds.
export default function LargePage() {
  return <LargeBody title="A bare page of blog size" line={asciiLine} />
}
