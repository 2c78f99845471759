import Image from 'next/image'
import Link from 'next/link'

export const revalidate = 3600

// The same bare page, padded with static text to about the size of the blog's pages (~75 kB of HTML, half of it the
// inline RSC payload): the bench compares against it to tell what the size costs from what the blog adds.
const paragraphs = Array.from(
  { length: 180 },
  (_, i) =>
    `Paragraph ${i + 1}: steady miles, easy days and patient weeks build the base that every later workout stands on.`,
)

export default function LargePage() {
  return (
    <main>
      <h1>A bare page of blog size</h1>
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
