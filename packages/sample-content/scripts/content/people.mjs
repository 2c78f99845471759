// Site settings, categories, authors and books of the sample dataset. Everyone and everything here is invented;
// URLs use the reserved .example domain so no link points at a real site.

export const siteSettings = {
  title: 'The Long Run',
  publicationName: 'The Long Run',
  publicationUrl: 'https://thelongrun.example',
  description:
    'Practical writing on running, recovery and sports massage from a coach, a therapist and a sports writer. Train steadily, recover on purpose and keep showing up.',
  navigation: [
    { label: 'Home', url: '/' },
    { label: 'Start here', url: '/articles/keep-easy-runs-easy' },
    { label: 'Dana Whitfield', url: '/authors/dana-whitfield' },
    { label: 'Priya Raman', url: '/authors/priya-raman' },
    { label: 'Tomas Lindqvist', url: '/authors/tomas-lindqvist' },
    { label: 'The Recovery Kitchen', url: '/books/the-recovery-kitchen' },
  ],
}

export const categories = [
  {
    slug: 'recovery',
    title: 'Recovery',
    description: 'Sleep, massage, easy days and everything else that turns hard sessions into fitness.',
  },
  {
    slug: 'training',
    title: 'Training',
    description: 'How to plan weeks, build an aerobic base and pace workouts so that progress keeps coming.',
  },
  {
    slug: 'injury-prevention',
    title: 'Injury Prevention',
    description: 'Noticing niggles early, loading tissue sensibly and returning from time off without a relapse.',
  },
  {
    slug: 'nutrition',
    title: 'Nutrition',
    description: 'Eating and drinking around training and races, with an eye on what is realistic on a busy day.',
  },
]

export const authors = [
  {
    slug: 'dana-whitfield',
    name: 'Dana Whitfield',
    photo: 'author-dana-whitfield',
    photoAlt:
      'Illustrated stand-in portrait of Dana Whitfield: a red head and navy shoulders in front of an amber halo',
    shortBio:
      'Certified personal trainer and sports writer. Dana has covered high-school and college sport for two decades, coaches adult beginners on weekends and writes about food for hungry athletes.',
    bio: `Dana Whitfield spent eleven years on the sports desk of a regional daily before going freelance, and still thinks the best stories happen at a Tuesday cross-country meet rather than a stadium. She holds a degree in kinesiology and has worked as a certified personal trainer since 2003, mostly with people who swear they are "not sporty".

Her reporting beats are high-school football, college basketball, women's soccer and distance running, and she has a soft spot for masters athletes who start late. Away from the press box she writes restaurant and recipe pieces for athletes who cook on a budget, collected on [her blog](https://danawhitfield.example/blog).

Her book [Small Steps, Long Roads](https://brightwaterpress.example/books/small-steps-long-roads) follows a small-town cross-country team through one season. She lives near a lake she runs around far too often.`,
    credentials: [
      { title: 'BSc Kinesiology', institution: 'Harbor State University', year: 1998 },
      { title: 'Certified Personal Trainer', institution: 'Council for Fitness Professionals', year: 2003 },
      { title: 'Youth Running Coach, Level 1', institution: 'Lakeshore Athletics Association', year: 2016 },
    ],
    roles: ['Sports writer', 'Certified personal trainer', 'Author'],
    specialties: [
      'High-school football and cross-country reporting',
      'College basketball',
      "Women's soccer",
      'Masters athletes',
      'Food writing for athletes',
    ],
    website: 'https://danawhitfield.example',
    blog: 'https://danawhitfield.example/blog',
    socialLinks: [
      { label: 'Mastodon', url: 'https://social.example/@danawhitfield' },
      { label: 'Newsletter', url: 'https://letters.example/dana-whitfield' },
      { label: 'Email', url: 'mailto:dana@danawhitfield.example' },
    ],
  },
  {
    slug: 'priya-raman',
    name: 'Priya Raman',
    photo: 'author-priya-raman',
    photoAlt:
      'Illustrated stand-in portrait of Priya Raman: a magenta head and dark plum shoulders in front of an orange halo',
    shortBio:
      'Sports massage therapist who has treated club runners, triathletes and rowers for more than a decade. Priya writes about soft-tissue care, niggles and the unglamorous habits that keep people training.',
    bio: `Priya Raman trained in sport and exercise science before specialising in soft-tissue therapy. She has run a small clinic beside a community athletics track since 2014 and works the medical tent at several regional road races each year.

Most of her clients are ordinary runners with jobs, children and a stubborn calf. She is interested in what people can do for themselves between appointments, which is why her notes on self-massage, sleep and load management are free on [her clinic site](https://priyaraman.example/notes).

She is the author of [Hands-On Recovery](https://meridiansport.example/hands-on-recovery) and runs badly but happily at her local Saturday 5K.`,
    credentials: [
      { title: 'BSc Sport and Exercise Science', institution: 'University of Eastvale', year: 2010 },
      { title: 'Diploma in Sports Massage Therapy', institution: 'Westbrook School of Bodywork', year: 2012 },
      { title: 'Advanced Soft-Tissue Techniques', institution: 'Westbrook School of Bodywork', year: 2017 },
    ],
    roles: ['Sports massage therapist', 'Clinic owner', 'Author'],
    specialties: [
      'Sports massage for runners',
      'Pre- and post-event treatment',
      'Calf and hamstring rehabilitation',
      'Self-massage coaching',
    ],
    website: 'https://priyaraman.example',
    blog: 'https://priyaraman.example/notes',
    socialLinks: [
      { label: 'Instagram', url: 'https://photos.example/priya.raman.massage' },
      { label: 'Clinic bookings', url: 'https://priyaraman.example/book' },
    ],
  },
  {
    slug: 'tomas-lindqvist',
    name: 'Tomas Lindqvist',
    photo: 'author-tomas-lindqvist',
    photoAlt:
      'Illustrated stand-in portrait of Tomas Lindqvist: a coral head and navy shoulders in front of a pale blue halo',
    shortBio:
      'Running coach and exercise physiologist. Tomas writes training plans for first-time marathoners and returning veterans, and believes most runners would improve by running their easy days slower.',
    bio: `Tomas Lindqvist raced the steeplechase at university, then spent six years measuring other people's lactate in a sports science lab. He has coached distance runners full time since 2015, from nervous first-timers to club athletes chasing a qualifying time.

His coaching leans on patience: long aerobic build-ups, honest easy days and small, regular tests instead of heroic sessions. He publishes free sample weeks and race-pacing tables on [his coaching site](https://lindqvistcoaching.example/plans).

He wrote [The Patient Runner](https://northfieldhouse.example/the-patient-runner) and, with Dana Whitfield, The Recovery Kitchen.`,
    credentials: [
      { title: 'MSc Exercise Physiology', institution: 'Nordvik University', year: 2008 },
      { title: 'Endurance Coach, Level 3', institution: 'Federation of Running Coaches', year: 2014 },
    ],
    roles: ['Running coach', 'Exercise physiologist', 'Author'],
    specialties: ['Marathon preparation', 'Aerobic base building', 'Heart-rate and pace zones', 'Masters runners'],
    website: 'https://lindqvistcoaching.example',
    blog: 'https://lindqvistcoaching.example/journal',
    socialLinks: [
      { label: 'Strava club', url: 'https://tracks.example/clubs/lindqvist-coaching' },
      { label: 'Email', url: 'mailto:coach@lindqvistcoaching.example' },
    ],
  },
]

export const books = [
  {
    slug: 'small-steps-long-roads',
    title: 'Small Steps, Long Roads',
    subtitle: 'A season with a small-town cross-country team',
    cover: 'book-small-steps-long-roads',
    coverAlt:
      'Cover artwork for Small Steps, Long Roads: a peach title panel on dark slate above a red half-circle running track',
    description: `From the first hot practice in August to the state meet in a freezing November drizzle, Dana Whitfield followed a high-school cross-country team that had never sent a runner past regionals.

There is no miracle finish. There is a coach who drives the team bus, a sophomore who learns to pace himself, and a senior who runs her best race on a sprained ankle and then sits out the next one because she has finally learned to listen.

Part sports reporting, part coaching notebook, the book is about what a season teaches that a single race cannot.`,
    authors: ['author-dana-whitfield'],
    publishedAt: '2021-09-14',
    isbn: '978-1-915432-07-0',
    publisher: 'Brightwater Press',
    links: [
      { label: 'Publisher', url: 'https://brightwaterpress.example/books/small-steps-long-roads' },
      { label: 'Find it at your local bookshop', url: 'https://bookshop.example/isbn/9781915432070' },
    ],
  },
  {
    slug: 'hands-on-recovery',
    title: 'Hands-On Recovery',
    subtitle: "A runner's guide to massage, mobility and rest",
    cover: 'book-hands-on-recovery',
    coverAlt:
      'Cover artwork for Hands-On Recovery: a pale blue title panel on deep navy above a bright blue half-circle running track',
    description: `Sports massage therapist Priya Raman explains what happens to muscles and connective tissue during a training block, and which recovery habits are worth your time.

Chapters cover when to book a massage and when to skip it, a ten-minute self-massage routine for calves, shins and hips, how to read the difference between normal soreness and a warning sign, and how to plan recovery around a race.

Clear illustrations and a pull-out weekly checklist make it a book to keep next to the foam roller.`,
    authors: ['author-priya-raman'],
    publishedAt: '2023-04-04',
    isbn: '978-1-7390211-4-6',
    publisher: 'Meridian Sport Books',
    links: [
      { label: 'Publisher', url: 'https://meridiansport.example/hands-on-recovery' },
      { label: 'Find it at your local bookshop', url: 'https://bookshop.example/isbn/9781739021146' },
    ],
  },
  {
    slug: 'the-patient-runner',
    title: 'The Patient Runner',
    subtitle: 'Building endurance that lasts',
    cover: 'book-the-patient-runner',
    coverAlt:
      'Cover artwork for The Patient Runner: a sage title panel on charcoal above a copper half-circle running track',
    description: `Most runners do not stall because they train too little. They stall because they train at the same medium effort every day and never recover enough to absorb it.

Coach and physiologist Tomas Lindqvist lays out a patient approach: months of easy aerobic running, a few well-placed hard sessions and regular, honest check-ins. The book includes sample plans from 10K to marathon and a chapter for runners over fifty.

It is written for people who want to still be running, and improving, in ten years.`,
    authors: ['author-tomas-lindqvist'],
    publishedAt: '2022-02-15',
    isbn: '978-0-9956843-0-0',
    publisher: 'Northfield House',
    links: [
      { label: 'Publisher', url: 'https://northfieldhouse.example/the-patient-runner' },
      { label: 'Find it at your local bookshop', url: 'https://bookshop.example/isbn/9780995684300' },
    ],
  },
  {
    slug: 'the-recovery-kitchen',
    title: 'The Recovery Kitchen',
    subtitle: 'Simple meals for heavy training weeks',
    cover: 'book-the-recovery-kitchen',
    coverAlt:
      'Cover artwork for The Recovery Kitchen: a cream title panel on maroon above a brick-red half-circle running track',
    description: `A coach and a food writer team up to answer the question every runner asks on a Sunday afternoon: what am I going to eat this week?

Tomas Lindqvist explains how energy and protein needs change across easy weeks, big weeks and race week. Dana Whitfield turns that into sixty recipes that take less than thirty minutes, travel well in a lunch box and can be doubled for the freezer.

There are no miracle foods here, just a plan for eating enough, often enough, to keep training feeling good.`,
    authors: ['author-tomas-lindqvist', 'author-dana-whitfield'],
    publishedAt: '2025-05-20',
    isbn: '978-1-915432-15-5',
    publisher: 'Brightwater Press',
    links: [
      { label: 'Publisher', url: 'https://brightwaterpress.example/books/the-recovery-kitchen' },
      { label: 'Find it at your local bookshop', url: 'https://bookshop.example/isbn/9781915432155' },
    ],
  },
]
