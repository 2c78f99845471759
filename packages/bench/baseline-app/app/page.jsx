import Image from 'next/image'
import Link from 'next/link'

export const revalidate = 3600

export default function Page() {
  return (
    <main>
      <h1>A bare page</h1>
      <p>Static text, one link and one image: what Next.js costs before the blog adds anything.</p>
      <Image src="/cover.png" alt="A cover" width={640} height={360} sizes="(max-width: 640px) 100vw, 640px" />
      <p>
        <Link href="/">Home</Link>
      </p>
    </main>
  )
}
