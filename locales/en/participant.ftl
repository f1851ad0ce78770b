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
