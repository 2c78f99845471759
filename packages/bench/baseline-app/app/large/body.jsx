import Image from 'next/image'
import Link from 'next/link'

/**
 * The blog-sized bare page's body (~75 kB of HTML, half of it the inline RSC payload), shared by its two routes:
 * `/large` (a static route, as the blog's home is) and `/large/a` (a prerendered page of a dynamic route, as the
 * blog's articles and authors are). `line` writes paragraph n.
 */
export function LargeBody({ title, line }) {
  const paragraphs = Array.from({ length: 180 }, (_, i) => line(i + 1))
  return (
    <main>
      <h1>{title}</h1>
      <Image src="/cover.png" alt="A cover" width={640} height={360} sizes="(max-width: 640px) 100vw, 640px" />
      {paragraphs.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <p>
        <Link href="/">Home</Link>
      </p>
    </main>
  )
}

/** The text of every paragraph: plain ASCII, as the bench's blog-sized page always had. */
export const asciiLine = (n) =>
  `Paragraph ${n}: steady miles, easy days and patient weeks build the base that every later workout stands on.`
