// Articles 1-6 and the scheduled piece. Format: see IDS.md and scripts/sample-markdown.mjs.

const articles = [
  {
    id: 'article-your-first-sports-massage',
    title: 'Your first sports massage: what actually happens',
    slug: 'your-first-sports-massage',
    excerpt:
      'Booked your first sports massage and not sure what to expect? A therapist walks through the appointment, from the questions at the door to the sore-but-good feeling the next morning.',
    publishedAt: '2025-04-08T08:00:00Z',
    author: 'author-priya-raman',
    categories: ['category-recovery', 'category-injury-prevention'],
    tags: ['sports massage', 'recovery', 'beginners'],
    relatedBooks: ['book-hands-on-recovery'],
    cover: 'cover-01',
    coverAlt: 'Abstract artwork: sage-green diagonal stripes on sand beside a dark indigo circle ringed in terracotta',
    body: `Plenty of runners put off booking a sports massage for years, and when I ask why, the answer is rarely cost. It is uncertainty. What do I wear? Will it hurt? Am I supposed to talk? Is my tight hamstring serious enough to bother someone about? This piece is the walkthrough I wish every new client had read before they arrived.

## Before you book

Look for a therapist who works with runners regularly and who is happy to tell you about their training and insurance before you commit. A good clinic will ask a few questions when you book, and a good therapist will ask many more when you arrive.

It helps to book at a sensible point in your week. A deep session the day before a hard workout or a race is rarely a good idea, because your legs can feel heavy for a day or so afterwards. The day after a long run, or the evening before a rest day, usually works well.

> [!TIP]
> **Bring your training log**
>
> A screenshot of the last four weeks tells a therapist more than any description. Sudden jumps in mileage, a new pair of shoes or a first track session often explain why one spot is grumbling.

## The conversation at the start

Expect ten minutes of questions before you lie down. Your therapist will want to know:

- what you are training for and how many days a week you run
- any injuries, operations or medical conditions, including ones that seem unrelated
- medication, especially anything that thins the blood
- where you feel tight or sore, and whether it changes during a run
- what you want from the session: a general loosen-up, work on one area, or help before an event

Be honest, even about the things that feel silly. A calf that only hurts on downhills is useful information. So is the fact that you sit in a car for two hours a day.

If anything you describe sounds like it needs a diagnosis, such as pain that wakes you at night, numbness, or swelling that will not settle, a responsible therapist will say so and suggest you see a physiotherapist or doctor first. That is not a brush-off. It is the therapist staying inside what they are trained to do.

## On the table

You will usually undress to your underwear or wear shorts, and you will be covered with towels so that only the area being worked on is exposed. Tell the therapist if you would rather keep more clothing on; there is almost always a way to work around it.

Most sessions start with lighter, broader strokes to warm the tissue, then move to slower and more specific work on the areas you mentioned. Your therapist may ask you to move a joint while they hold pressure, or to breathe out as they sink into a tight spot.

### Talking about pressure

This is the part new clients worry about most. Some discomfort is normal, but you should never be gritting your teeth or holding your breath. Many therapists use a simple scale:

1. Zero means you feel nothing at all.
2. Around five is firm and a little uncomfortable, but you can relax into it.
3. Seven is strong and you notice it, yet your breathing stays easy.
4. Anything above that is too much, and you should say so straight away.

""" If you tense up to get through it, we are working against your body rather than with it. -- Priya Raman

Speaking up is not rude. It is the only way your therapist can read what is happening under their hands.

## Afterwards

Stand up slowly. Drink some water, mostly because you have been lying still for an hour and it is a reasonable habit, and go for a short walk if you can. Some people feel loose and light straight away; others feel as if they have done a workout, with a dull ache in the areas that got the most attention.

That ache usually fades within a day or two. Keep the next day's running short and easy. If you feel sharp pain, bruising you did not expect, or anything that is getting worse rather than better after forty-eight hours, contact your therapist and tell them.

> [!WARNING]
> **When to skip a session**
>
> Postpone if you have a fever, an open wound or a fresh injury from the last couple of days. Massage does not help an acute tear, and it can make swelling worse.

## How often?

There is no single right answer. Some runners book once a month through a training block and add a session a few days after their goal race. Others come only when something flares up. The best rhythm is the one you can afford and keep, combined with the unglamorous habits that do most of the work: sleep, sensible mileage and easy days that are actually easy. Tomas Lindqvist makes that case well in [Keep your easy runs easy](article:keep-easy-runs-easy).

If you want to keep things moving between appointments, my [foam rolling routine](article:foam-rolling-without-guesswork) covers the basics, and the self-massage chapter of [Hands-On Recovery](book:hands-on-recovery) goes further.

Mostly, though, I want you to walk in knowing that you are allowed to ask questions, change your mind and tell me when something is too much. That is what a good first session feels like.`,
  },
  {
    id: 'article-building-an-aerobic-base',
    title: 'Building an aerobic base: the slow work that makes you fast',
    slug: 'building-an-aerobic-base',
    // Its address on the WordPress site it was imported from: the permalink and the post's id link.
    oldPaths: ['/2019/06/17/aerobic-base-building', '/?p=123'],
    excerpt:
      'Before intervals and tempo runs comes the aerobic base. A coach explains what it is, how long it takes to build, a simple twelve-week block and the signs that it is working.',
    publishedAt: '2025-06-17T07:30:00Z',
    author: 'author-tomas-lindqvist',
    categories: ['category-training'],
    tags: ['base building', 'easy running', 'marathon'],
    relatedBooks: ['book-the-patient-runner'],
    cover: 'cover-02',
    coverAlt:
      'Abstract artwork: two soft green hills under a pale green sky, with a row of growing yellow dots along a dark green road',
    body: `Ask ten runners what "base building" means and you will hear ten answers, most of them involving the word "boring". I understand the reputation. A base phase is weeks of running that feels too easy to matter. But almost every runner I have coached who made a big jump in fitness did it on the back of one.

## What the base actually is

Your aerobic system is the machinery that turns fuel and oxygen into steady energy: the heart's ability to pump, the small blood vessels that deliver blood to working muscle, and the mitochondria inside the muscle that do the work. All three respond to running at a comfortable effort, and they respond best to a lot of it, repeated over months.

Hard sessions sharpen fitness. Easy volume builds it. If you only sharpen, you eventually run out of material.

""" Intervals are the icing. The base is the cake, and nobody wants a plate of icing. -- Tomas Lindqvist

## How easy is easy?

Easy means you could hold a conversation in full sentences. If you use a heart rate monitor, it usually means staying under roughly three-quarters of your maximum, though individual numbers vary and wrist sensors can be noisy. If you do not, the talk test works fine.

Many runners find this pace humbling at first. Expect to be slower than you think you should be, especially on hills or in heat. That is the point: you are training the engine, not your pride.

## A simple base block

For a runner who already runs three or four times a week, I often suggest an eight to twelve week block like this:

1. Add one short, easy run to your week, or extend each existing run by ten minutes.
2. Keep every run conversational for the first four weeks. No workouts, no races.
3. From week three, make one run per week a little longer, growing it by ten to fifteen minutes every other week.
4. Every fourth week, cut your total running time by about a quarter so your body can catch up.
5. From week five, add six to eight short strides after one or two easy runs: twenty seconds quick and relaxed, with a full walk back.

> [!NOTE]
> **Strides are not a workout**
>
> Strides keep your legs used to moving quickly without adding real fatigue. Run them on flat ground, stay relaxed and stop while they still feel good.

## Signs it is working

Aerobic fitness creeps up quietly, so it helps to know where to look:

- the same easy route feels easier, or you run it a little faster at the same effort
- your heart rate on a familiar loop drifts down over several weeks
- you recover from the long run faster and sleep better afterwards
- the last third of a long run no longer feels like survival

I like a monthly check: run the same flat route at the same heart rate or the same perceived effort, and note your time. Weather, sleep and stress will blur any single test, but the trend over three months rarely lies.

## The common mistakes

The first is the grey zone. Runners start easy, feel good, and nudge the pace until every run is moderately hard. Moderately hard days are tiring enough to need recovery but not hard enough to count as a workout, and a week full of them leaves you flat. I wrote a whole piece on [why easy runs must stay easy](article:keep-easy-runs-easy); it is worth reading before you start.

The second is impatience. Two weeks of easy running will not show much. Eight weeks will, and twelve weeks more so.

The third is ignoring everything that happens off the run. Volume only turns into fitness if you recover from it, which means sleep, food and rest days. Dana Whitfield's guide to [eating around the long run](article:eating-around-the-long-run) covers the fuelling side.

## What comes next

Once you have a base, you can add harder work without falling apart: a weekly tempo run, then intervals as a race approaches. The base does not disappear when the workouts start. Most of your running should stay easy even at the sharp end of a marathon build.

If you want the longer version, with sample weeks for different race distances, that is what I wrote [The Patient Runner](book:the-patient-runner) for. And if you want the reasoning behind zone-based training, the [notes on training intensity](https://lindqvistcoaching.example/journal/intensity) on my coaching site list the studies I lean on.

Start slower than you want to. Stay consistent for longer than feels necessary. The fitness will come.`,
  },
  {
    id: 'article-foam-rolling-without-guesswork',
    title: 'Foam rolling without the guesswork',
    slug: 'foam-rolling-without-guesswork',
    oldPaths: ['/foam-rolling-101', '/index.php?page_id=7'],
    excerpt:
      'Foam rollers are cheap, everywhere and often misused. A sports massage therapist explains which areas to roll, how hard, for how long, and when to leave a sore spot alone.',
    publishedAt: '2025-09-02T08:00:00Z',
    author: 'author-priya-raman',
    categories: ['category-recovery'],
    tags: ['foam rolling', 'self-massage', 'recovery'],
    relatedBooks: ['book-hands-on-recovery'],
    cover: 'cover-03',
    coverAlt:
      'Abstract artwork: concentric dark plum and magenta rings on pink bands, with an orange dot at the centre',
    body: `The foam roller is the most common piece of recovery kit I see in runners' homes, and the most common source of bruised shins. People roll too hard, too fast and in the wrong places, then decide it does not work. Used well, it is a cheap way to feel looser between runs and to notice when something is starting to grumble.

![A striped foam roller held above a dark floor, drawn as simple flat shapes|A plain, medium-density roller is all you need to start.](image:inline-2)

## What rolling can and cannot do

Rolling will not break up scar tissue or lengthen a muscle in any lasting way; the forces involved are far too small for that. What it seems to do is change how an area feels: it calms a sensitive spot, makes a stiff joint feel freer for a while, and gives you a few quiet minutes of paying attention to your body. That is useful. It is just not magic.

It is also not a replacement for treatment. If a spot is painful to touch and getting worse, or pain changes how you run, rolling it harder is not the answer. Get it looked at.

## Choosing a roller

- **Start soft.** A plain, medium-density roller is plenty for most people.
- **Textured or very firm rollers** can come later, if ever. More pressure is not more benefit.
- **A massage ball**, or even a tennis ball, is handy for feet and the sides of the hips, where a roller is clumsy.

## A ten-minute routine

Do this after an easy run or in the evening, not in the minutes before a hard session. Move slowly, about a hand-width every two breaths, and keep the pressure at a level where you can breathe normally.

1. **Calves, two minutes.** Sit with one calf on the roller, the other leg crossed over it for extra weight if you want. Roll from just above the ankle to just below the knee, turning the foot in and out to reach both sides.
2. **Quads, two minutes.** Lie face down on your forearms with the roller under your thighs. Roll from above the knee to just below the hip.
3. **Outer hip, one minute each side.** Lie on your side with the roller under the fleshy part of the hip, not the bony point. Small movements are enough.
4. **Hamstrings, two minutes.** Sit with the roller under your thighs and your hands behind you. Lift your hips and roll from the knee to the crease of the buttock.
5. **Feet, one minute each.** Standing, roll a ball under the sole of each foot with gentle weight.

> [!TIP]
> **Pause instead of pressing**
>
> When you find a tender spot, stop moving and rest on it for three or four slow breaths rather than digging in. Most spots ease off; if one gets sharper, move away from it.

## What about the IT band?

Runners love to roll the outside of the thigh, and most of them grimace through it. The band itself is tough connective tissue that will not change much whatever you do to it. If the outside of your knee or thigh is sore, spend your time on the muscles around the hip and the front of the thigh instead, and look hard at your recent training. A sudden increase in downhill running, or lap after lap on the same bend of a track, is a more likely culprit than a "tight" band.

## When not to roll

> [!WARNING]
> **Leave it alone**
>
> Skip rolling over fresh bruises, swollen areas, varicose veins or anywhere that feels numb or tingly. If you have a condition that affects blood clotting, check with your doctor first.

Rolling directly on a suspected stress fracture, an angry tendon or the bony front of the shin is also a bad idea. The pain you feel there is information, not a knot to be ironed out.

## Fitting it into your week

Little and often beats long and heroic. Five or ten minutes on three or four evenings a week is plenty, and pairs well with the kind of easy running Tomas Lindqvist describes in [building an aerobic base](article:building-an-aerobic-base). If you also book regular massage, tell your therapist where you keep finding tender spots: it is a useful map for them.

> The goal is not to hurt less on the roller each week. It is to notice sooner when something has changed.

For more, the self-care chapters of [Hands-On Recovery](book:hands-on-recovery) cover rolling, simple mobility work and how to plan recovery around race week. And if you have never had a hands-on session, [my guide to a first sports massage](article:your-first-sports-massage) explains what to expect.`,
  },
  {
    id: 'article-keep-easy-runs-easy',
    title: 'Keep your easy runs easy',
    slug: 'keep-easy-runs-easy',
    excerpt:
      'The most common training mistake is not too little effort but too much effort on the days meant for recovery. Why easy runs should feel almost too easy, and how to hold yourself back.',
    publishedAt: '2025-11-11T07:00:00Z',
    author: 'author-tomas-lindqvist',
    categories: ['category-training', 'category-recovery'],
    tags: ['easy running', 'heart rate', 'training zones'],
    relatedBooks: ['book-the-patient-runner'],
    cover: 'cover-04',
    coverAlt:
      'Abstract artwork: a red sun in a pale blue sky over a navy field, with the steel-blue bend of a running track in the corner',
    body: `If I could change one habit in every runner I coach, it would not be their long run or their interval session. It would be the pace of their easy days. Most people run them too fast, and it quietly costs them their best workouts.

## The middle that hurts

Picture a week with two hard sessions and four easy runs. In practice, many runners turn it into six medium runs. The easy days creep up because the pace feels slow, because a friend is faster, or because a watch shows a number that looks embarrassing on a training app. The hard days then slide down, because the legs are never fresh.

The result is a week of running in the middle: too hard to recover from and too easy to drive big changes. Over a season, that middle zone becomes a plateau.

""" Run your easy days slowly enough that your hard days can be properly hard. -- Tomas Lindqvist

## What easy should feel like

An easy run should leave you feeling as if you could turn around and run it again. During the run:

- you can speak in full sentences without gasping
- your breathing is steady and you could breathe through your nose for stretches
- your form stays relaxed, with shoulders down and hands loose
- you finish with a little more energy than you started with

Pace is a poor guide. Heat, hills, wind, poor sleep and work stress all change how fast easy is on a given day. Go by effort and let the pace be whatever it is.

## Why slow running still counts

Easy running is where most of your aerobic fitness is built. It grows the network of small blood vessels around your muscles, strengthens the heart and improves how well your muscles use fuel, all at a cost your body can absorb day after day. It also lets tendons and bones adapt gradually, which matters because connective tissue adapts more slowly than your heart and lungs.

Easy days are recovery too, but active recovery: blood flow without much damage. A hard effort on a recovery day does not make you fitter faster. It just delays the adaptation from the session before.

> [!TIP]
> **Try a speed cap**
>
> For two weeks, set a ceiling on your easy days: a heart rate limit, a pace limit, or simply "I could chat to someone the whole way". Then notice how your next hard session feels. Most runners are surprised.

## Practical ways to slow down

Knowing you should run slower and actually doing it are different things. Some tricks that work for the people I coach:

1. **Hide the pace.** Set your watch to show time and heart rate only, or leave it at home.
2. **Run with someone slower.** A partner who runs at a gentler pace is the best governor there is.
3. **Pick soft routes.** Trails, grass and hilly loops make pace meaningless, which is the point.
4. **Name the run.** Write "easy" in your plan and in your log. It is harder to race a run you have labelled.
5. **Start slower than feels right.** The first ten minutes set the tone for the rest.

## How much easy running?

For most recreational runners, something like three or four easy runs for every hard session works well, and around four-fifths of weekly running time at an easy effort is a sensible target. Elite distance runners often run an even larger share easy. They are not lazy. They are protecting their ability to train hard on the days that call for it.

> [!NOTE]
> **Not only for beginners**
>
> Experienced runners fall into the grey zone too, often because they feel they have earned the right to run faster. Fitness makes easy running faster; it does not make fast running easy.

## What you get back

Within a month of slowing down, the runners I coach usually report the same things: their intervals feel sharper, their long runs stop being a slog and the small niggles settle. Their easy pace often gets quicker too, without them trying, because they are finally recovering between the sessions that matter.

If you want the full case, with plans that put it into practice, [The Patient Runner](book:the-patient-runner) is built around this idea. For the bigger picture of how easy volume becomes fitness, see [Building an aerobic base](article:building-an-aerobic-base), and for what to do with your legs on a rest day, Priya Raman's [foam rolling guide](article:foam-rolling-without-guesswork) is a good place to start.

Slow down. Your next workout will thank you.`,
  },
  {
    id: 'article-eating-around-the-long-run',
    title: 'Eating around the long run',
    slug: 'eating-around-the-long-run',
    excerpt:
      'What to eat the night before, the morning of, during and after a long run, without special products or a nutrition degree. A sports writer and trainer shares what works for the runners she coaches.',
    publishedAt: '2026-01-20T09:00:00Z',
    author: 'author-dana-whitfield',
    categories: ['category-nutrition', 'category-recovery'],
    tags: ['fuelling', 'long run', 'hydration'],
    relatedBooks: ['book-the-recovery-kitchen'],
    cover: 'cover-05',
    coverAlt:
      'Abstract artwork: dark hills against a yellow and orange sky, with a row of growing amber dots along a navy road',
    writtenFor: { name: 'Trailhead Weekly', url: 'https://trailheadweekly.example' },
    body: `I once watched a runner in my Saturday group eat a single rice cake before a two-hour run, then spend the last forty minutes walking, pale and furious, wondering what had gone wrong with her fitness. Nothing had gone wrong with her fitness. She had simply run out of fuel.

Long runs are where food starts to matter. A forty-minute easy run barely dents your energy stores. A run of ninety minutes or more does, and how you eat around it decides whether the session builds you up or knocks you flat for two days.

> [!NOTE]
> **This is general advice**
>
> Everyone's needs differ. Runners with diabetes, digestive conditions or a history of disordered eating should plan their fuelling with a doctor or a registered dietitian.

## The day before

You do not need to stuff yourself with pasta. Eat normal meals with a little more carbohydrate than usual: an extra slice of toast, a bigger portion of rice at dinner, a banana in the afternoon. Keep dinner familiar. The night before a long run is the wrong time to try the spicy special at a new restaurant.

Drink as you normally would through the day. Pale yellow urine is a reasonable sign that you are on track.

## Breakfast

Aim to eat something one to three hours before you start. The closer to the run, the smaller and plainer it should be. Some reliable options from my group:

- porridge with honey and a sliced banana, two hours out
- a bagel with jam or peanut butter
- toast and a glass of juice if you are short on time
- rice with a soft-boiled egg, for runners who prefer something savoury

If you truly cannot face food early in the morning, even half a banana or a small glass of juice is better than nothing. Practice helps; the stomach can be trained like everything else.

## During the run

For runs longer than about seventy-five to ninety minutes, start taking in some carbohydrate after the first thirty to forty-five minutes and keep going at regular intervals. Many runners do well on something like thirty to sixty grams an hour, which is roughly one or two gels, a handful of jelly sweets or a small bottle of sports drink. You do not have to buy special products: dried fruit, small salted potatoes or a jam sandwich cut into squares have fuelled plenty of long runs.

""" Practise your race-day food on your long runs, never for the first time on race day. -- Dana Whitfield

Drink to thirst on cool days. On hot ones, carry more fluid and add some salt, especially if you finish runs with white streaks on your cap.

## After the run

The first hour matters most when you have another hard session within a day or two. Even if you are not hungry, have something with both carbohydrate and protein within an hour or so of finishing. Chocolate milk is the classic for good reason, but yoghurt with fruit, eggs on toast or a leftover rice bowl work just as well.

Then eat a proper meal within a few hours. Long-run days are not the time to skip lunch because you "already had a snack". I have seen more runners undone by under-eating on training days than by any choice of gel.

### A sample long-run Sunday

1. **7:00** Porridge with banana and honey, coffee and a glass of water.
2. **9:00** Start an easy two-hour run.
3. **9:40, 10:10 and 10:40** A gel or a few sweets with some water.
4. **11:05** Chocolate milk in the car park.
5. **12:30** Lunch: a big sandwich with chicken or beans, soup and fruit.

## Learning your own gut

Fuelling is a skill. Your stomach will complain the first few times you eat while running, and then it will adapt. Start small, try one new thing at a time and write down what worked. And because food is only half of recovery, Priya Raman's [foam rolling routine](article:foam-rolling-without-guesswork) makes a good companion for the evening after.

If you want recipes built around this kind of week, Tomas Lindqvist and I wrote [The Recovery Kitchen](book:the-recovery-kitchen) for exactly that. You will find more ideas, and the occasional restaurant review for hungry runners, on [my blog](https://danawhitfield.example/blog).

Eat enough, eat often, and let the long run do its job.`,
  },
  {
    id: 'article-coming-back-from-a-calf-strain',
    title: 'Coming back from a calf strain, one step at a time',
    slug: 'coming-back-from-a-calf-strain',
    previousSlugs: ['calf-strain-comeback'],
    excerpt:
      'Calf strains are common, stubborn and easy to re-injure. A sports massage therapist explains how to return to running in stages, what to check before each step and the mistakes that send runners back to the start.',
    publishedAt: '2026-02-24T08:00:00Z',
    author: 'author-priya-raman',
    categories: ['category-injury-prevention', 'category-recovery'],
    tags: ['calf strain', 'return to running', 'strength'],
    relatedBooks: ['book-hands-on-recovery', 'book-the-patient-runner'],
    cover: 'cover-06',
    coverAlt:
      'Abstract artwork: a pale yellow sun in an amber sky above a maroon field and the brick-red bend of a running track',
    body: `Calf strains are one of the injuries I see most often in my clinic, particularly in runners over forty and in anyone who has just added speed work or hills. They rarely end a season. But they are notorious for coming back, usually because the runner returned a week or two before the calf was ready.

This is not a replacement for an assessment. If you felt a sudden pop, cannot walk normally, or have swelling, heat or deep calf pain without an obvious cause, see a physiotherapist or doctor promptly. What follows is the kind of staged return I walk clients through once the diagnosis is clear.

> [!WARNING]
> **Rule out the serious stuff**
>
> Calf pain with swelling, warmth or redness, especially after a long flight or an operation, can be a sign of a blood clot. That needs medical attention the same day, not massage.

## The first days

In the first few days after a strain, the goal is to protect the area without stopping everything. Walk as normally as you comfortably can, keep the rest of your body moving with cycling or swimming if they are pain-free, and avoid stretching the calf hard. Gentle movement helps; forcing it does not.

I usually leave the injured spot alone during this phase and work around it instead: the other leg, the hips, the foot on the injured side. Treatment directly over the strain comes later, once it has settled.

## Rebuilding strength before running

A calf that has been strained is weaker than it feels. Before you run, you want it to tolerate load well. Most of my clients work through a progression like this over one to three weeks:

1. Double-leg calf raises, slow up and slow down, building to three sets of fifteen.
2. Single-leg raises on the injured side, building to three sets of twelve without pain.
3. Single-leg raises off a step, letting the heel drop below the edge.
4. Bent-knee single-leg raises, which load the deeper soleus muscle that runners rely on heavily.
5. Small hops on the spot, first on both legs, then on the injured leg alone.

Compare both sides as you go. When the injured leg can match the healthy one for repetitions and control, you are ready to try running.

## A staged return

![Seven grey bars rising in even steps from left to right, the last bar highlighted in green|Build back in small steps, and only move up when the last one felt easy.](image:inline-1)

Start with a walk-run on flat, soft ground: one minute of easy running, one to two minutes of walking, repeated for twenty minutes. If the calf feels fine during the session, that evening and the next morning, you can progress next time. If it does not, go back a step.

- **Week one:** walk-runs every other day, gradually shrinking the walking breaks.
- **Week two:** continuous easy runs of twenty to thirty minutes on flat ground.
- **Week three:** longer easy runs, and gentle hills if everything stays calm.
- **Week four and beyond:** strides, then short workouts, with speed and steep hills last.

Keep doing your strength work twice a week throughout. Dropping it as soon as you are running again is one of the most common reasons the strain returns.

""" The calf usually feels ready about two weeks before it is. Respect the plan, not the feeling. -- Priya Raman

## Where massage fits

Once the strain has settled, usually after the first week or two, hands-on work can help the area feel less guarded and make the return more comfortable. I work gently at first, around the edges of the injury, and increase pressure over several sessions. Between appointments, light self-massage with your hands or a soft roller is fine, as long as it does not provoke pain. My [foam rolling guide](article:foam-rolling-without-guesswork) covers the technique.

## Stopping it happening again

Calf strains tend to follow a pattern: a jump in training, a new pair of shoes, a block of hilly runs or a sudden switch to faster running. Once you are back, look at what changed in the weeks before the injury. Keep calf raises in your routine for good, build mileage gradually and be strict about easy days; Tomas Lindqvist's case for [keeping easy runs easy](article:keep-easy-runs-easy) applies double here.

> [!TIP]
> **Keep a simple log**
>
> Rate how the calf feels each morning from zero to ten. A number that rises three days in a row is your cue to back off before it becomes another strain.

If you want a fuller rehabilitation plan with pictures, it is in the injury chapter of [Hands-On Recovery](book:hands-on-recovery), and my clinic's [return-to-running checklist](https://priyaraman.example/notes/return-to-running) is free to download.`,
  },
  {
    id: 'article-racing-into-a-new-decade',
    title: 'Racing into a new decade: plan one season, not ten races',
    slug: 'racing-into-a-new-decade',
    excerpt:
      'A new year tempts runners to enter everything. A coach explains how to pick one goal race for 2030 and plan the months around it.',
    publishedAt: '2030-01-15T08:00:00Z',
    author: 'author-tomas-lindqvist',
    categories: ['category-training'],
    tags: ['race planning', 'goal setting'],
    relatedBooks: ['book-the-patient-runner'],
    cover: 'cover-scheduled',
    coverAlt: 'Abstract artwork: a gold sun in a midnight-blue sky above the slate-blue bend of a running track',
    body: `A new year tempts runners to enter everything. A new decade tempts them twice as much. Before you fill your calendar, choose the one race that matters most and plan backwards from it.

## Choose one goal race

Pick a race that excites you, fits your life and sits far enough away to prepare properly. For a first half marathon that usually means at least twelve weeks; for a marathon, sixteen or more on top of a solid base.

- Is the date realistic around work, family and holidays?
- Does the course suit you: flat and fast, hilly, or off-road?
- Can you train for it in the season before, whatever the weather?

## Plan backwards

1. Mark race day and count back a two to three week taper.
2. Place your longest runs and key workouts in the six weeks before the taper.
3. Fill the months before that with easy base running.
4. Add one or two shorter races as rehearsals, never as the main event.

> [!TIP]
> **Leave room to miss a week**
>
> Illness and life happen. A plan with a spare week in it survives them; a plan without one breaks.

Other races can still happen this year. Just let them serve the one that matters.`,
  },
]

export default articles
