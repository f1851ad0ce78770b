# Bundled templates in each language (journey-core templates::localize): a journey made from a
# template in the window's language gets these names. Numbers count the template file's lists from 1.

## Connected strategy (assets/templates/connected-strategy.json)
template-connected-strategy-goal = Map how the customer's need is recognized, requested and responded to, and what each repetition teaches the firm, up to automatic execution: fulfilling the need before the customer even asks, which shortcuts the whole journey.
template-connected-strategy-stage-1 = Recognize
template-connected-strategy-stage-1-description = Coach behavior acts here: raise awareness of the need and nudge the customer to act.
template-connected-strategy-stage-2 = Request
template-connected-strategy-stage-2-description = Curated offering acts here: help the customer find the best option for their need.
template-connected-strategy-stage-3 = Respond
template-connected-strategy-stage-3-description = Respond-to-desire acts here: make ordering, paying and receiving effortless.
template-connected-strategy-stage-4 = Repeat
template-connected-strategy-stage-4-description = Learn from this round so the next Recognize, Request and Respond fit better.
template-connected-strategy-flow-4 = next time
template-connected-strategy-lane-1 = Customer actions
template-connected-strategy-lane-2 = Touchpoints
template-connected-strategy-lane-3 = Emotions
template-connected-strategy-lane-4 = Pain points
template-connected-strategy-lane-5 = Opportunities
template-connected-strategy-card-1 = How does the customer (or the firm) notice the need?
template-connected-strategy-card-2 = How is the need turned into a request for a specific solution?
template-connected-strategy-card-3 = How does the customer receive and experience the solution?
template-connected-strategy-card-4 = What does the firm learn from this round, and what will fit better next time?
template-connected-strategy-card-5 = Automatic execution: once you know the need before the customer does, fulfil it proactively and skip Recognize, Request and Respond altogether.
template-connected-strategy-name = Connected strategy
template-connected-strategy-description = Recognize, Request, Respond and the Repeat loop, with the connected experience that acts on each phase.

## classic-five (assets/templates/classic-five.json)
template-classic-five-stage-1 = Aware
template-classic-five-stage-2 = Consider
template-classic-five-stage-3 = Buy
template-classic-five-stage-4 = Use
template-classic-five-stage-5 = Advocate
template-classic-five-lane-1 = Customer actions
template-classic-five-lane-2 = Touchpoints
template-classic-five-lane-3 = Emotions
template-classic-five-lane-4 = Pain points
template-classic-five-lane-5 = Opportunities

## purchase (assets/templates/purchase.json)
template-purchase-goal = See the whole experience, before, during and after the purchase, with the emotions that drive decisions and the customer sacrifice (what they wanted against what they settled for) at every touchpoint.
template-purchase-stage-1 = Discover
template-purchase-stage-1-description = Before purchase: how the need and the offer first meet.
template-purchase-stage-2 = Decide
template-purchase-stage-2-description = Before purchase: comparing options and making up their mind.
template-purchase-stage-3 = Buy
template-purchase-stage-3-description = During purchase: ordering, paying and waiting.
template-purchase-stage-4 = Use
template-purchase-stage-4-description = After purchase: living with the product or service, and getting help.
template-purchase-stage-5 = Recommend
template-purchase-stage-5-description = After purchase: coming back, reviewing, telling others.
template-purchase-lane-1 = Customer actions
template-purchase-lane-2 = Thoughts
template-purchase-lane-3 = Touchpoints
template-purchase-lane-4 = Emotions
template-purchase-lane-5 = Pain points
template-purchase-lane-6 = Opportunities
template-purchase-card-1 = Where do they first meet the offer?
template-purchase-card-2 = Where do they compare and choose?
template-purchase-card-3 = Where do they order and pay?
template-purchase-card-4 = Where do they use it, or ask for help?
template-purchase-card-5 = Where do they review it or tell others?
template-classic-five-name = Classic five stages
template-classic-five-description = Aware, consider, buy, use, advocate in a line, with the usual lanes and no cards.
template-purchase-name = Before, during and after purchase
template-purchase-description = Customer experience management: the whole purchase, an emotion and the customer sacrifice at every touchpoint.

## service-blueprint (assets/templates/service-blueprint.json)
template-service-blueprint-goal = Show what the customer does, what staff do in sight of them, and the work and systems behind the line of visibility that make each step happen.
template-service-blueprint-stage-1 = Arrive
template-service-blueprint-stage-2 = Order
template-service-blueprint-stage-3 = Receive
template-service-blueprint-stage-4 = Pay
template-service-blueprint-stage-5 = Leave
template-service-blueprint-lane-1 = Physical evidence
template-service-blueprint-lane-2 = Customer actions
template-service-blueprint-lane-3 = Frontstage
template-service-blueprint-lane-4 = Backstage
template-service-blueprint-lane-5 = Support processes
template-service-blueprint-card-1 = Sign, entrance, menu board: what the customer sees and touches
template-service-blueprint-card-2 = Bill and card reader
template-service-blueprint-card-3 = Walks in and looks for a free table: what the customer does
template-service-blueprint-card-4 = Chooses from the menu and orders
template-service-blueprint-card-5 = Host greets the guest and offers a table: staff work the customer sees
template-service-blueprint-card-6 = Server brings the food and checks the order
template-service-blueprint-card-7 = Kitchen gets the ticket and starts cooking: staff work the customer does not see
template-service-blueprint-card-8 = Table is cleared and reset for the next guest
template-service-blueprint-card-9 = Till sends orders to the kitchen screen: systems and teams that support staff
template-service-blueprint-card-10 = Payment provider settles the card payment

## six-pillars-audit (assets/templates/six-pillars-audit.json)
template-six-pillars-audit-goal = Audit the journey against the six pillars of customer experience: find where each pillar hurts, then link opportunities to the pain points they answer.
template-six-pillars-audit-stage-1 = Aware
template-six-pillars-audit-stage-2 = Consider
template-six-pillars-audit-stage-3 = Buy
template-six-pillars-audit-stage-4 = Use
template-six-pillars-audit-stage-5 = Get help
template-six-pillars-audit-stage-6 = Advocate
template-six-pillars-audit-flow-4 = something goes wrong
template-six-pillars-audit-lane-1 = Customer actions
template-six-pillars-audit-lane-2 = Touchpoints
template-six-pillars-audit-lane-3 = Emotions
template-six-pillars-audit-lane-4 = Pain points
template-six-pillars-audit-lane-5 = Opportunities
template-six-pillars-audit-card-1 = Personalization: where is the customer treated as generic, the same message as everyone else?
template-six-pillars-audit-card-2 = Integrity: where might they distrust us? Information that contradicts another touchpoint, costs hidden until checkout
template-six-pillars-audit-card-3 = Time and effort: where is there friction? Re-entering information already given, conflicting messages across channels
template-six-pillars-audit-card-4 = Expectations: where do what they expected and what we delivered part?
template-six-pillars-audit-card-5 = Resolution: where do things fail, and how fast and well are they put right?
template-six-pillars-audit-card-6 = Empathy: where are the emotional lows, where they feel anxious, ignored or misunderstood?
template-service-blueprint-name = Service blueprint
template-service-blueprint-description = Customer actions, frontstage, backstage and support, split by the line of visibility.
template-six-pillars-audit-name = Six pillars audit
template-six-pillars-audit-description = One pain point to look for per pillar of customer experience, spread over the journey.

## loyalty-3 (assets/templates/loyalty-3.json)
template-loyalty-3-name = Loyalty 3.0
template-loyalty-3-description = An opportunity lane per loyalty pillar, and a spender and a sender persona.
template-loyalty-3-goal = Build loyalty on the relationship, not on bribes: find an opportunity for each of the five pillars, and tell spenders (who spend most) from senders (who refer others).
template-loyalty-3-stage-1 = Discover
template-loyalty-3-stage-2 = First purchase
template-loyalty-3-stage-3 = Use
template-loyalty-3-stage-4 = Come back
template-loyalty-3-stage-5 = Refer a friend
template-loyalty-3-lane-1 = Customer actions
template-loyalty-3-lane-2 = Touchpoints
template-loyalty-3-lane-3 = Emotions
template-loyalty-3-lane-4 = Pain points
template-loyalty-3-lane-5 = Products and services
template-loyalty-3-lane-6 = Customer service
template-loyalty-3-lane-7 = Community
template-loyalty-3-lane-8 = Experiences
template-loyalty-3-lane-9 = Bridges
template-loyalty-3-card-1 = What is the customer short of here: time, money, effort, information?
template-loyalty-3-card-2 = Bridge what they are short of: save them time or money, a one-stop shop, introduce them to each other
template-loyalty-3-card-3 = Which mundane moment could become remarkable? A welcome, a VIP tier
template-loyalty-3-card-4 = What could be best in breed, or something no one else has?
template-loyalty-3-card-5 = Where could we go above and beyond? Extra services, longer hours, going mobile
template-loyalty-3-card-6 = How could customers belong to something bigger, with each other?
template-loyalty-3-persona-1 = Sam, a spender
template-loyalty-3-persona-1-role = Buys often and spends the most
template-loyalty-3-persona-2 = Alex, a sender
template-loyalty-3-persona-2-role = Spends less but refers friends who bring more revenue
