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
