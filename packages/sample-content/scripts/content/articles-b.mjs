// Sample articles, second half. Bodies are Markdown (scripts/sample-markdown.mjs); build-dataset.mjs converts them to Portable Text.
const articles = [
  {
    id: 'article-hot-weather-running',
    title: 'Hot-weather running: acclimatise, hydrate, slow down',
    slug: 'hot-weather-running',
    excerpt:
      'Heat makes every pace harder, and fighting that costs more than it earns. A coach’s guide to heat acclimatisation, sweat testing, sodium and pacing by effort, so summer training still builds fitness for the autumn.',
    publishedAt: '2025-07-09T06:00:00Z',
    author: 'author-tomas-lindqvist',
    categories: ['category-training'],
    tags: ['heat', 'hydration', 'pacing', 'summer training'],
    relatedBooks: ['book-the-patient-runner'],
    cover: 'cover-08',
    coverAlt:
      'Abstract artwork: a cream sun in a peach and coral sky over a dark slate field, with the red bend of a running track',
    body: `Every July I get the same message from the athletes I coach. Their easy pace has fallen apart, their heart rate is twenty beats higher than it was in May, and they are worried they are losing fitness. Almost always, they are not. They are running in conditions that make the same speed physiologically more expensive, and their bodies are doing exactly what they should.

## What heat does to a run

Working muscles produce heat as a by-product, and the body has to get rid of it. It does that mainly by sending blood to the skin and producing sweat. Blood at the skin is blood that is not feeding the legs, so the heart beats faster to keep up. As sweat losses mount, blood volume shrinks and heart rate drifts upward further still. A pace that felt conversational at 12 degrees Celsius can feel like tempo effort at 28, especially when humidity stops sweat from evaporating and doing its job.

Analyses of big-city marathons show finishing times getting steadily slower as race-day temperatures climb above roughly 10 to 15 degrees, and slower runners are affected more because they spend longer out in it.

## Acclimatise on purpose

The good news is that the body adapts quickly. Over about ten to fourteen days of regular heat exposure, plasma volume increases, you start sweating earlier and more freely, your sweat becomes less salty and your heart rate at a given pace comes down. Most of that change arrives in the first week.

- Spend 60 to 90 minutes in the heat on most days for two weeks, at an easy effort.
- If the heat is not coming to you, wear an extra layer on easy runs or follow a run with a 20 to 30 minute hot bath or sauna.
- Keep hard sessions in the cooler early morning during this period, so their quality does not suffer.
- Expect the adaptations to fade over a few weeks without exposure, so keep a little heat in the fortnight before a warm race.

> [!WARNING]
> **Know the red flags**
>
> Dizziness, confusion, nausea, goose bumps or suddenly dry skin on a hot run are signs to stop, get into shade and cool down straight away. Heat stroke is a medical emergency: if someone is confused or collapses, call the emergency services and start cooling them with cold water immediately.

## Find out how much you sweat

Generic advice to drink a set amount per hour fits almost nobody. A sweat test takes five minutes of admin and tells you far more.

1. Weigh yourself with no clothes on, after using the toilet, right before a one-hour run.
2. Run at a typical effort and note how much you drink.
3. Towel off and weigh yourself again, with no clothes on.
4. Weight lost in kilograms plus fluid drunk in litres is roughly your hourly sweat rate in litres.

Most runners land somewhere between half a litre and a litre and a half per hour, with big differences between individuals. On runs longer than an hour the aim is not to replace everything, but to keep losses under about 2 per cent of body weight. Drinking far more than you sweat carries its own risk, low blood sodium, so never force fluid down when you are not thirsty. The [Gatorade Sports Science Institute](https://www.gssiweb.org) publishes readable summaries of the research if you want to go deeper.

If you finish hot runs with white, gritty streaks on your cap, you are probably a salty sweater. Adding sodium to your bottle, somewhere in the range of 300 to 600 milligrams per hour, helps you hold on to what you drink.

## Pace by effort, not by watch

This is the hardest habit to change and the most important. On hot days, run easy days by breathing and perceived effort, or under a heart rate cap, and let the pace be whatever it turns out to be. For workouts, shorten the repetitions, lengthen the recoveries or swap a tempo run for a fartlek on a shaded loop. You are still training the system you meant to train; only the number on the watch has moved. The patient, easy mileage described in [building an aerobic base](article:building-an-aerobic-base) loses nothing when it is run a little slower.

""" Heat does not steal your fitness. Stubbornly holding your spring paces in August does. -- Tomas Lindqvist

A few practical habits help as well:

- Run early, or late enough in the evening that the tarmac has given back its heat.
- Choose shaded routes and loops that pass a tap, a shop or your own front door.
- Pre-cool before a hot race or key session with a cold drink or an ice slurry and a wet cap.
- Wear light, loose clothing and sunscreen, and check the forecast for humidity as well as temperature.

## Summer as an investment

Runners who respect the heat usually come out of summer fitter than they think. When the weather breaks in September, the extra plasma volume and the patient aerobic work show up all at once, and paces that felt impossible in August suddenly feel easy. Train for the conditions you have, and the autumn will take care of itself.`,
  },
  {
    id: 'article-the-cost-of-running-on-empty',
    title: 'The cost of running on empty',
    slug: 'the-cost-of-running-on-empty',
    excerpt:
      'Stalled progress, constant colds and a stress fracture can all trace back to one cause: not eating enough for the training you do. How to spot low energy availability, and practical ways to close the gap.',
    publishedAt: '2026-03-18T07:00:00Z',
    author: 'author-dana-whitfield',
    categories: ['category-nutrition'],
    tags: ['nutrition', 'RED-S', 'bone health', 'energy availability'],
    relatedBooks: ['book-the-recovery-kitchen'],
    cover: 'cover-11',
    coverAlt:
      'Abstract artwork: a grey running track with white lanes seen from above, around a grey-blue infield on charcoal',
    body: `Some of the most dedicated runners I know are also the most underfed. They log every session, get up before dawn, follow the plan to the letter, and still feel flat, catch every cold going and wonder why their race times have not moved in a year. Often the missing piece is not another workout. It is food.

## Energy availability, in plain terms

Your body needs a baseline amount of energy to run the basics: hormones, immune function, bone renewal, body temperature. Energy availability is what is left over for those jobs once you subtract the energy burned in training from the energy you ate. When that leftover is too small for too long, the body starts to economise and turns down the systems it considers optional.

Sports scientists call the resulting syndrome Relative Energy Deficiency in Sport, or RED-S. The consensus statements on it from the [International Olympic Committee](https://www.olympics.com/ioc) describe effects that reach well beyond performance, including bone density, hormones, metabolism, mood and heart health. It affects men as well as women and recreational runners as well as elites, and it is frequently accidental rather than the result of deliberate dieting.

## How it happens by accident

Most of the runners I have interviewed about this were not trying to lose weight. They simply did not notice that their appetite had failed to keep pace with their training, or that their day left no room to eat. The common patterns look ordinary:

- Training early and skipping breakfast, then eating a small lunch at a desk.
- Doubling weekly mileage for a marathon block without changing what is on the plate.
- A very high-fibre, low-fat diet that fills you up long before you have eaten enough energy.
- Cutting carbohydrate because of a trend while still training hard.
- Long gaps between meals, even when the daily total looks reasonable on paper.

## Warning signs

No single symptom proves low energy availability, but a cluster of these is worth taking seriously:

1. Persistent fatigue and heavy legs that rest days do not fix.
2. Frequent illness, or cuts and strains that heal slowly.
3. Missed, irregular or absent periods, or a falling sex drive in men.
4. Stress fractures or bone stress injuries, especially repeat ones.
5. Stalled or declining performance despite consistent training.
6. Feeling cold, irritable or unable to concentrate.

> [!WARNING]
> **Periods are a vital sign**
>
> Losing your period is not a sign that you are training hard enough. It reflects low hormone levels that can start to weaken bone within months. See a doctor, ideally one with sports medicine experience, and tell them about your training.

## Closing the gap

The fix is usually less dramatic than people fear. It comes down to eating more, and more often, especially around training.

- **Eat before morning runs.** A banana, toast with honey or a small bowl of cereal 30 to 60 minutes beforehand is enough for most people.
- **Refuel soon after.** Aim for carbohydrate plus protein within an hour or two of harder sessions: yoghurt with granola, eggs on toast, a rice bowl with chicken or tofu.
- **Scale carbohydrate with training.** Bigger portions of rice, pasta, potatoes or bread on heavy days, smaller ones on rest days.
- **Lean on energy-dense foods.** Nuts, nut butters, olive oil, cheese and dried fruit add fuel without adding bulk.
- **Plan snacks for the gaps** between meals rather than relying on appetite, which can lag days behind a jump in training.

My guide to [eating around the long run](article:eating-around-the-long-run) covers the hours either side of your biggest session in detail, and [The Recovery Kitchen](book:the-recovery-kitchen) has recipes built around exactly this problem.

""" Food is not a reward you earn with miles. It is the raw material that turns miles into fitness. -- Dana Whitfield

## A day that works

To make this concrete, here is what a realistic training day might look like for a runner doing an hour of steady running before work. A slice of toast with jam and a coffee before heading out. Porridge with milk, banana and a spoonful of peanut butter after the shower. A proper lunch with a sandwich, soup or leftovers, plus fruit. A mid-afternoon yoghurt and a handful of nuts. Then a dinner with a generous serving of rice, pasta or potatoes alongside protein and vegetables. Nothing exotic, just no long stretches with nothing.

## Getting proper help

If several of the warning signs apply to you, do not try to diagnose yourself from an article. A sports medicine doctor can check hormones, iron status and, where it is warranted, bone density. A registered dietitian who works with athletes can turn eat more into a plan that fits your schedule and tastes; the [British Dietetic Association](https://www.bda.uk.com) and the [Academy of Nutrition and Dietetics](https://www.eatright.org) both help you find one. If food has started to feel stressful or controlling, say so, because it changes the kind of support that helps most.

Running well depends on the work you do and on the fuel you give yourself to absorb it. Eat like the athlete you are training to be.`,
  },
  {
    id: 'article-keeping-teen-runners-healthy',
    title: 'Growing pains: keeping teenage cross-country runners healthy',
    slug: 'keeping-teen-runners-healthy',
    excerpt:
      'Teenagers can train hard, but their bones and tendons are still catching up with their enthusiasm. What parents and coaches should know about growth spurts, overuse injuries, fuelling and rest during cross-country season.',
    publishedAt: '2026-09-02T08:00:00Z',
    author: 'author-dana-whitfield',
    categories: ['category-injury-prevention'],
    tags: ['youth running', 'cross-country', 'coaching', 'overuse injuries'],
    relatedBooks: ['book-small-steps-long-roads'],
    writtenFor: { name: 'Hometown Sports Weekly', url: 'https://www.hometownsportsweekly.example' },
    cover: 'cover-12',
    coverAlt:
      'Abstract artwork: two blue hills under an aqua sky, with a row of growing amber dots along a deep navy road',
    body: `I have spent a lot of autumns at the edge of muddy school fields with a notebook, covering cross-country meets for local papers. The racing was always thrilling. What stayed with me, though, were the conversations afterwards with parents whose fourteen-year-old had been the fastest in the county in September and was on crutches by November.

This piece first ran in a regional sports weekly for families. I have expanded it here for the coaches who wrote in asking for more detail.

## Why teenagers are different

Adolescents are not small adults. During a growth spurt, bones lengthen faster than the muscles and tendons attached to them can keep up, which leaves the whole system temporarily tight and less coordinated. The growth areas near the ends of bones, and the spots where tendons anchor into growing bone, are weaker than the tendons themselves. That is why young runners get injuries adults rarely see:

- **Sever's disease**, irritation of the growth area at the back of the heel, common between about 8 and 14.
- **Osgood-Schlatter disease**, a tender bump just below the kneecap where the patellar tendon pulls on the top of the shin.
- **Bone stress injuries** in the shin, foot and hip, more likely when mileage jumps or the runner is not eating enough.

None of these is usually serious when caught early. All of them get worse when a young runner is told to push through.

## Mileage and intensity

The pattern I heard described most often by sports medicine doctors was simple: too much, too soon, too often. A teenager who barely ran over the summer turns up to the first practice in late August and is suddenly running five or six days a week, with races on top.

1. Build gradually over the summer, so the first week of the season is not the biggest jump of the year.
2. Keep at least one, and preferably two, full rest days a week for younger runners.
3. Count every session: a teenager doing cross-country, PE lessons and weekend football is training far more than the team schedule suggests.
4. Take a real break of two to four weeks after the season, with unstructured play instead of running.

> [!TIP]
> **A quick check for parents**
>
> If your child limps at the start of a run, favours one leg on the stairs, or has pain at one specific spot on a bone, that is the day to stop and see a doctor, not the day to run it off.

## Fuel is part of training

Teenagers need a great deal of energy simply to grow. Add an hour of running a day and many of them, especially those juggling early buses and late practices, are not eating nearly enough. Under-fuelling shows up as fatigue, frequent colds and stalled progress and, in girls, missed or irregular periods, which are never a normal side effect of training. Boys and girls who chronically under-eat are both at higher risk of bone stress injuries.

The fixes are usually about logistics. Pack a real snack for the hour after the last lesson, such as a bagel with peanut butter, yoghurt and fruit, or a cheese sandwich, so practice does not start on an empty tank. Have dinner ready soon after they get home. My earlier piece on [under-fuelling in adult runners](article:the-cost-of-running-on-empty) covers the warning signs in more depth, and the principles carry straight over.

## Sleep, phones and the early practice

Teenagers need roughly eight to ten hours of sleep, and their body clocks naturally shift later during puberty. Dawn practices combined with late nights on a phone are a recipe for tired legs and poor recovery. If your team trains before school, it is worth asking the coach whether the hardest sessions can move to the afternoon. The [American Academy of Pediatrics](https://www.aap.org) has practical guidance for families on sleep and screen time.

## What good coaching looks like

The best school coaches I have interviewed shared a handful of habits:

- They asked how athletes were sleeping and eating, not just how their splits looked.
- They kept a simple written log of training, and noted when a runner shot up in height.
- They moved runners to the bike or the pool at the first sign of a niggle, instead of losing them for a season.
- They measured success over four years, not four weeks.

Strength work belongs in that picture too, once the basics are in place. Bodyweight exercises done with good control are safe for teenagers and build the kind of resilience that running alone does not. The hip routine in [Strong hips, quiet knees](article:strong-hips-quiet-knees) by [Priya Raman](author:priya-raman) is a sensible starting point for older teens, done without added weight at first and supervised by a coach.

""" The fastest fourteen-year-old in the county is not the goal. A runner who still loves the sport at twenty-four is. -- Dana Whitfield

For parents, the takeaway is short. Ask questions, watch for limps, keep the fridge stocked and protect their sleep. For coaches, treat every teenager as a runner still under construction, because that is exactly what they are.`,
  },
  {
    id: 'article-massage-timing-around-race-day',
    title: 'Booking massage around a race: a week-by-week timeline',
    slug: 'massage-timing-around-race-day',
    excerpt:
      'A deep session two days before a marathon can leave your legs feeling worse, not better. A massage therapist’s timeline for when to book, how deep to go and what to ask for in the weeks before and after a race.',
    publishedAt: '2025-10-01T08:00:00Z',
    author: 'author-priya-raman',
    categories: ['category-recovery'],
    tags: ['sports massage', 'race week', 'marathon', 'tapering'],
    relatedBooks: ['book-hands-on-recovery'],
    cover: 'cover-07',
    coverAlt: 'Abstract artwork: a coral running track seen from above around a teal infield, on dark navy',
    body: `Every autumn marathon season my diary fills up with the same request: can you fit me in the day before the race? Sometimes the answer is yes. Often, though, what the runner is picturing, a long, firm session that gets everything out, is the last thing their legs need a day before 42 kilometres.

When you have soft-tissue work matters as much as whether you have it at all. This is how I plan it with the runners I treat.

## Deep work needs recovery time

A thorough, deep session is a bit like a hard workout for your tissues. It can leave muscles tender for a day or two, and that tenderness sits exactly where you want to feel springy on race morning. If you have never had a sports massage, read [what to expect from a first session](article:your-first-sports-massage) and get that first visit done months, not days, before a goal race.

My general rule is simple: the deeper the work, the further it should sit from race day.

## The timeline

### Six to three weeks out

This is the peak of training and the best time for your most thorough sessions. Mileage is high, long runs are long, and any developing tightness in the calves, hip flexors or outer hip is worth addressing now. Book on the day after your long run or on a rest day, never the evening before a key workout. Once a week or once a fortnight is plenty for most amateur runners.

### Ten to five days out

This is your final proper appointment. I still work on specific problem areas, but at moderate pressure, and I spend more of the hour on broad, flowing strokes than on stubborn knots. The aim is to enter the taper feeling loose rather than bruised. It is also the moment to mention anything that has changed, such as a new niggle or a new pair of shoes.

### Two days to race morning

If you want anything at all, keep it short, light and brisk: 20 to 30 minutes at most. Pre-event work is about feeling ready, with quick rhythmic strokes, gentle compression and a few easy range-of-motion movements. No deep pressure, no trigger-point work, nothing new. Many runners are perfectly well served by skipping this entirely and trusting their usual warm-up.

> [!WARNING]
> **Nothing new in race week**
>
> Race week is not the time for your first ever massage, a new therapist, cupping, dry needling or a massage gun you have never used. An unfamiliar treatment can leave you sore or bruised on the start line.

## After the finish line

Straight after a marathon, your muscles carry a lot of small-scale damage and are often inflamed. Firm pressure in the first day or two is uncomfortable and unlikely to speed anything up. What works better:

- **Race day:** walk, eat, drink, and accept a very light flush massage if the event offers one.
- **Two to four days after:** a gentle, relaxing session focused on circulation and comfort.
- **About a week after:** a more thorough session to find whatever the race has tightened, before you start training again.

For shorter races the same logic applies on a compressed scale. A 10 km race does not need a two-day buffer for light work, but I would still keep deep sessions at least three or four days away from it.

""" Deep work belongs in the training block. Race week is for feeling light, not for fixing things. -- Priya Raman

## What to ask for when you book

Be specific on the phone or the booking form. Tell your therapist the date and distance of your race, how many days out you will be, and how you responded to previous sessions. A good therapist will adjust the pressure without being asked, but it never hurts to say lighter than usual, please. Check that whoever you see holds a recognised qualification; in the United States the [American Massage Therapy Association](https://www.amtamassage.org) has a directory, and in the UK the [Complementary and Natural Healthcare Council](https://www.cnhc.org.uk) keeps a register of massage therapists.

If you cannot get an appointment, self-massage can fill the gaps, and the same timing rules apply to rollers and balls: firmer work early in the block, lighter and shorter as the race approaches. My guide to [foam rolling without the guesswork](article:foam-rolling-without-guesswork) covers the technique.

Plan massage the way you plan workouts, deliberately and with the race at the end of the calendar. Your legs on race morning will be the proof.`,
  },
  {
    id: 'article-sleep-is-your-cheapest-recovery-tool',
    title: 'Sleep is your cheapest recovery tool',
    slug: 'sleep-is-your-cheapest-recovery-tool',
    previousSlugs: ['sleep-and-recovery-for-runners'],
    excerpt:
      'Runners will buy compression boots and supplements while cutting an hour off their night. Why sleep drives adaptation, what short sleep does to performance and injury risk, and seven habits that protect it.',
    publishedAt: '2026-01-21T08:00:00Z',
    author: 'author-tomas-lindqvist',
    categories: ['category-recovery'],
    tags: ['sleep', 'recovery', 'training load'],
    relatedBooks: ['book-the-patient-runner'],
    cover: 'cover-10',
    coverAlt:
      'Abstract artwork: concentric deep indigo and orange rings over violet-to-rose bands, with a yellow dot at the centre',
    body: `When I ask the runners I coach what they do for recovery, the answers are usually about things: foam rollers, compression socks, ice baths, a massage before big races. When I ask how long they slept last night, the answers get vaguer. Yet of all the recovery tools available, sleep is the only one your body cannot do without, and it costs nothing.

## What happens while you sleep

Training is the stimulus; adaptation happens afterwards, and much of it happens at night. During the deep, slow-wave stages of sleep, the pituitary gland releases the largest pulse of growth hormone of the day, which supports tissue repair. Muscle protein synthesis carries on, glycogen stores are rebuilt if you have eaten enough, and the nervous system consolidates the movement patterns you practised. Sleep also regulates the hormones that control appetite, which is why a short night so often leads to a hungry, snack-filled day.

## What short sleep costs

The research is fairly consistent. After even one or two nights of restricted sleep, endurance athletes tend to reach exhaustion sooner and rate the same effort as harder. Reaction time, mood and motivation all drop. Over weeks, chronically short sleep is associated with more injury and illness; one frequently cited study of adolescent athletes found that those sleeping less than eight hours a night were noticeably more likely to be injured than their better-rested teammates.

The flip side is encouraging. In a well-known study from Stanford, college basketball players who extended their time in bed to around ten hours a night for several weeks sprinted faster and shot more accurately. Few runners have ten hours to spare, but the direction of the effect is the point: more sleep tends to mean better training.

""" If you have to choose between an extra five kilometres at dawn and an extra hour of sleep, the sleep will often make you fitter. -- Tomas Lindqvist

## How much is enough?

Most adults need seven to nine hours, and athletes in heavy training often do best towards the top of that range. There is a simple way to estimate your own need: on a holiday week with no alarm, notice how long you sleep once the first few catch-up nights are over. That number is a decent guide.

> [!TIP]
> **Track trends, not scores**
>
> Sleep scores from watches and rings are estimates, and they are not good at telling sleep stages apart. Use them to spot trends over weeks, and trust how you feel at least as much as the number.

## Seven habits that protect sleep

1. **Keep a consistent wake-up time**, weekends included. It anchors your body clock more firmly than a fixed bedtime does.
2. **Set a caffeine cut-off.** Caffeine has a half-life of around five hours, so an afternoon espresso is still working at bedtime. Aim for none after early afternoon.
3. **Leave space after evening sessions.** Hard workouts raise core temperature and stress hormones. If you train after work, finish at least two hours before bed and eat a proper meal afterwards.
4. **Keep the bedroom cool, dark and quiet.** Somewhere around 16 to 19 degrees Celsius suits most people.
5. **Go easy on alcohol.** It helps you drop off but fragments the second half of the night and suppresses deep sleep.
6. **Dim the screens and lights** in the last hour. What you are reading is often more stimulating than the light itself, so pick something dull.
7. **Nap strategically.** Twenty to thirty minutes in the early afternoon can top up a short night without wrecking the next one.

## Sleep belongs in the training plan

I now treat sleep as part of the plan, not something that happens around it. When an athlete is going through a rough patch, whether a new baby, shift work or exam season, I reduce intensity before I reduce volume, and I move key sessions to the days after the best nights. Hard intervals on four hours of sleep rarely produce the adaptation they were meant to, and they add to injury risk. It is the same argument I make for [keeping easy runs easy](article:keep-easy-runs-easy): a plan only works if recovery keeps up with it.

Travel to races deserves the same care. For a race several time zones away, arrive early enough to adjust, roughly a day for every hour of time difference if you can manage it, or stay on home time if the trip is very short. The [Sleep Foundation](https://www.sleepfoundation.org) has practical advice on jet lag and light exposure.

If you regularly struggle to fall asleep, wake unrefreshed despite enough hours in bed, or snore heavily, talk to your doctor. Sleep disorders are common in athletes too, and they are treatable.

Training hard is only half the equation. Make recovery count as much as the miles, and start with the kind that happens every night. For more on building a plan around recovery rather than in spite of it, see [The Patient Runner](book:the-patient-runner).`,
  },
  {
    id: 'article-strong-hips-quiet-knees',
    title: 'Strong hips, quiet knees: a strength routine for runners',
    slug: 'strong-hips-quiet-knees',
    excerpt:
      'Many of the sore knees I see on the treatment table start higher up. Why hip strength matters for runners, the five exercises I give almost everyone, and how to fit them into a week that is already full of miles.',
    publishedAt: '2026-06-17T07:30:00Z',
    author: 'author-priya-raman',
    categories: ['category-injury-prevention', 'category-training'],
    tags: ['strength training', 'knee pain', 'glutes', 'injury prevention'],
    relatedBooks: ['book-hands-on-recovery'],
    cover: 'cover-09',
    coverAlt: 'Abstract artwork: cream diagonal stripes on sage green beside a charcoal circle ringed in copper',
    body: `On a busy week in clinic, a good share of the runners on my table come in with knee pain. Some point to the front of the kneecap, others to the outside of the joint just above it. Once I start working, though, the tissue that tells the story is usually not at the knee at all. It is in the outer hip, the glutes and the deep rotators, and it is often tight, tender and surprisingly weak.

## Why the knee takes the blame

Every time your foot lands, your leg has to control a load of two to three times your body weight. The hip muscles, especially gluteus medius and gluteus maximus, stop the thigh from collapsing inwards and the pelvis from dropping on the opposite side. When they tire, the thigh rotates in, the knee drifts towards the midline and the kneecap tracks under more stress than it was built for. Multiply that by the thousands of steps in a ten-kilometre run and a small control problem becomes a persistent ache.

Research on patellofemoral pain, the classic runner's knee, has repeatedly found that programmes combining hip and knee strengthening ease pain and improve function more than knee exercises alone. Weak hips do not cause every sore knee, but they are one of the few factors you can change quickly and cheaply.

> [!NOTE]
> **What massage can and cannot do**
>
> Soft-tissue work can settle a guarded, overworked hip and make the first weeks of strength training more comfortable. It does not make a muscle stronger. Think of massage as clearing the path and strength work as walking down it.

## The five exercises

You need a resistance band, a step and about twenty minutes. Do the routine two or three times a week, ideally on easy days or after a short run rather than before a hard session.

1. **Side-lying hip abduction.** Lie on your side with the bottom knee bent and the top leg straight, slightly behind your body. Lift the top leg to about 30 degrees, leading with the heel, and lower it over three seconds. Three sets of 12 to 15. If you feel it at the front of the hip rather than the side of the buttock, roll your pelvis slightly forwards.
2. **Banded glute bridge.** Band just above the knees, feet hip-width apart. Press the knees gently out against the band as you lift your hips, hold for two seconds at the top and lower slowly. Three sets of 10, progressing to single-leg bridges.
3. **Lateral band walk.** Band around the ankles or forefoot, hips back in a quarter squat. Take ten slow steps one way and ten back without letting your feet snap together. Two or three rounds.
4. **Step-down.** Stand on a step 15 to 20 centimetres high and slowly lower the opposite heel to touch the floor, then stand back up. Watch the knee in a mirror: it should stay over the second toe. Three sets of 8 per leg. This is the most running-specific movement on the list.
5. **Single-leg Romanian deadlift.** Hinge forwards on one leg with a soft knee, reaching a dumbbell or kettlebell towards the floor while the other leg extends behind you. Three sets of 8 per side, adding load once your balance is steady.

![A tan running track with white lanes seen from above, around a sage infield on dark green, drawn as simple flat shapes|Most of the work that protects your knees on the track happens off it.](image:inline-3)

## Progress without piling on soreness

Start lighter than your ego would like. Hip muscles that have been underused for years respond quickly, and the first fortnight often brings more soreness than runners expect. Once you can complete every set with good control and a couple of repetitions in reserve, add difficulty: a heavier band, a dumbbell, or a slower lowering phase. A useful benchmark is fifteen controlled step-downs on each leg without the knee wobbling inwards.

- Keep strength days out of the 24 hours before a long run or a workout.
- Pair them with easy days, so hard days stay hard and easy days stay easy.
- Drop to one short session a week in the final ten days before a race, but do not stop altogether.

If you are unsure how to handle an easy run on a lifting day, Tomas Lindqvist's case for [keeping easy runs easy](article:keep-easy-runs-easy) is a good companion to this one.

""" The runners who stay healthy are rarely the ones with perfect form. They are the ones who notice early and do the boring work consistently. -- Priya Raman

## When to get it looked at

Strength work is prevention and a large part of rehabilitation, but it is not a diagnosis. See a physiotherapist or a sports medicine doctor if your knee is swollen, locks or gives way, if pain wakes you at night, or if it has not improved after four to six weeks of sensible changes. The [Chartered Society of Physiotherapy](https://www.csp.org.uk) and the [American Physical Therapy Association](https://www.apta.org) can both help you find someone qualified.

For everyone else, the prescription is unglamorous: twenty minutes, a band and a step, two or three times a week, for months rather than weeks. Your knees will never send a thank-you note, but they will stop sending complaints.`,
  },
]

export default articles
