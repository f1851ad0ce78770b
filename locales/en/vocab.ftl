# The model's vocabularies (journey-core's `vocab`): one message per value, read by the window,
# every export and the participant page. Translators: the frameworks' terms follow
# ../shared/glossary.md (see the README's "Languages" section).

## Card kinds
card-kind-touchpoint = Touchpoint
card-kind-pain-point = Pain point
card-kind-opportunity = Opportunity
card-kind-note = Note
card-kind-quote = Quote

## Lane kinds
lane-kind-actions = Actions
lane-kind-touchpoints = Touchpoints
lane-kind-channels = Channels
lane-kind-thoughts = Thoughts
lane-kind-emotions = Emotion curve
lane-kind-pain-points = Pain points
lane-kind-opportunities = Opportunities
lane-kind-frontstage = Frontstage
lane-kind-backstage = Backstage
lane-kind-support = Support
lane-kind-custom = Custom

## Phases (Connected Strategy; before/during/after purchase)
phase-recognize = Recognize
phase-request = Request
phase-respond = Respond
phase-repeat = Repeat
phase-before-purchase = Before purchase
phase-during-purchase = During purchase
phase-after-purchase = After purchase

## Connected customer experiences
experience-respond-to-desire = Respond to desire
experience-curated-offering = Curated offering
experience-coach-behavior = Coach behaviour
experience-automatic-execution = Automatic execution

## Channels
channel-web = Web
channel-app = App
channel-store = Store
channel-phone = Phone
channel-email = Email
channel-social = Social
channel-in-person = In person
channel-chat = Chat
channel-mail = Mail
channel-other = Other

## The six pillars of customer experience
cx-pillar-personalization = Personalization
cx-pillar-integrity = Integrity
cx-pillar-expectations = Expectations
cx-pillar-resolution = Resolution
cx-pillar-time-and-effort = Time and effort
cx-pillar-empathy = Empathy

## The five pillars of loyalty 3.0
loyalty-pillar-products-and-services = Products & services
loyalty-pillar-customer-service = Customer service
loyalty-pillar-community = Community
loyalty-pillar-experiences = Experiences
loyalty-pillar-bridges = Bridges

## Kinds of friction
friction-repeated-data-entry = Repeated data entry
friction-inconsistent-messages = Inconsistent messages
friction-hidden-cost = Hidden cost
friction-waiting = Waiting
friction-other = Other

## What the customer is short of
shortage-time = Time
shortage-money = Money
shortage-effort = Effort
shortage-information = Information

## Named steps of the default emotion scale (-3..+3)
emotion-furious = Furious
emotion-frustrated = Frustrated
emotion-uneasy = Uneasy
emotion-neutral = Neutral
emotion-content = Content
emotion-happy = Happy
emotion-delighted = Delighted
