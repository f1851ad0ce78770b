# The participant page (crates/journey-workshop/src/page), in the participant's browser language.

workshop-page-title = Journey Studio workshop
join-title = Join the workshop
join-name = Your name
join-code = Code
join-button = Join
join-failed = Could not join.
join-error-wrongCode = That code is not this session's. Check it with the facilitator.
join-error-tooManyAttempts = Too many wrong codes from this device. Wait a minute, then try again.
join-error-full = The session is full.
join-unreachable = The laptop cannot be reached. Are you on the same Wi-Fi?
join-ended = The session has ended or you are no longer in it. Ask the facilitator for the code.
stages-nav = Stages
follow-facilitator = Follow the facilitator
reconnecting = Reconnecting…
board-locked = The facilitator has locked the board for now.
you-are = You are { $name }.
private-note = Your new cards stay private until the facilitator reveals them.
vote-left = { $dots ->
    [one] Vote: { $left } of { $dots } dot left.
   *[other] Vote: { $left } of { $dots } dots left.
}
waiting = { $count } waiting to be sent…
card-private-tag = private
take-dot = Take a dot back
put-dot = Put a dot on this card
new-card-in = New card in { $lane }
write-card = Write a card…
add-card = Add card

join-error-banned = The facilitator has removed you from this session.
join-error-tooManyJoins = Too many people have joined from this device. Ask the facilitator.
join-error-badName = Give a name of 1 to { $max } characters.

# A request the laptop refused (crates/journey-workshop, session::Refusal).
refusal-requestId = A request id is 1 to { $max } characters.
refusal-cardsPerPerson = You have added { $max } cards, the most one person can add in a session.
refusal-cardsPerSession = The session holds { $max } cards, its most; ask the facilitator.
refusal-slowDownCards = { $rate ->
    [one] Slow down: at most { $rate } card a second.
   *[other] Slow down: at most { $rate } cards a second.
}
refusal-slowDownDots = { $rate ->
    [one] Slow down: at most { $rate } dot a second.
   *[other] Slow down: at most { $rate } dots a second.
}
refusal-locked = The facilitator has locked the board for now.
refusal-emptyCard = Write something on the card first.
refusal-cardTooLong = A card holds at most { $max } characters.
refusal-laneClosed = That lane is not open for cards.
refusal-stageGone = That stage is no longer on the map.
refusal-noVote = No vote is open.
refusal-cardGone = That card is no longer on the map.
refusal-notInVote = That card is not part of this vote.
refusal-noDotsLeft = { $dots ->
    [one] You have used your { $dots } dot.
   *[other] You have used all { $dots } dots.
}
refusal-noDotThere = You have no dot on that card.
refusal-notUnderstood = The app did not understand that request.
refusal-notSaved = The laptop could not keep that change. Try again.

# The laptop's own answers to a request it refuses before any page can say why
# (crates/journey-workshop, server.rs): a browser shows them as a plain page, in the language
# its Accept-Language asks for.
http-refusal-wrongHost = This is not the workshop's address. Open the link the facilitator shows.
http-refusal-foreignPage = Only the workshop's own page may connect.
http-refusal-joinFirst = Join the session first.
http-refusal-notFound = There is nothing at this address. Open the link the facilitator shows.
http-refusal-wrongMethod = The workshop does not take that kind of request here.
http-refusal-tooLarge = That request is too large for the workshop.
http-refusal-badRequest = The workshop did not understand that request.
http-refusal-failed = The laptop could not answer that request. Try again.
