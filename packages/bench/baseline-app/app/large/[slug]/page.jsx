import { asciiLine, LargeBody } from '../body'

export const revalidate = 3600

// The blog-sized page as a prerendered page of a dynamic route, like the blog's articles and authors: what Next's
// routing of a dynamic segment (matching, params, the page's cache key) adds to a cache hit, before the blog adds
// anything.
export function generateStaticParams() {
  return [{ slug: 'a' }]
}

export default async function LargeDynamicPage({ params }) {
  const { slug } = await params
  return <LargeBody title={`A bare page of blog size (${slug})`} line={asciiLine} />
}
