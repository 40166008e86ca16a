## Layout
site-description = IPTF Hub: where public buyers, innovative suppliers and EU initiatives work together on the public procurement of innovation.
brand-tagline = Innovation Procurement Task Force
skip-to-content = Skip to main content
nav-label = Main
nav-home = Home
nav-organisations = Organisations
nav-admin = Administration
nav-account = Your account
nav-sign-in = Sign in
nav-sign-out = Sign out
nav-register = Register
language-label = Language
language-submit = Change language
footer-about = IPTF Hub is run by the Innovation Procurement Task Force, a voluntary alliance of EU-funded initiatives that promote the public procurement of innovation.
footer-api = API documentation (OpenAPI)
back-home = Go to the home page
back-to-account = Back to your account
back-to-directory = Back to the directory
back-to-organisation = Back to the organisation
optional = (optional)
error-prefix = Error:
error-summary-title = There is a problem
save = Save changes
yes = Yes
no = No
choose-one = Choose one
choose-none = Not applicable
filter-any = Any
filters-toggle = Filters
filter-apply = Apply filters
focus-areas = Focus areas
pagination-label = Pages
pagination-prev = Previous page
pagination-next = Next page
pagination-first = First page
pagination-last = Last page

## Home
home-title = Home
home-heading = Buy innovation together, across Europe
home-lead = The Innovation Procurement Task Force brings together EU initiatives that help public buyers procure innovation. Here buyers learn and publish their needs, suppliers find buyers, and the member initiatives share their events, resources and news with every network at once.
home-cta-register = Join the hub
home-cta-browse = Browse organisations
home-cta-organisation = Add your organisation
home-next-title = What you can do here
home-buyers-title = Public buyers
home-buyers-body = Cities, regions, hospitals and utilities learn how to procure innovation, meet other buyers with the same needs and find suppliers who can solve them.
home-suppliers-title = Innovative suppliers
home-suppliers-body = SMEs and start-ups present what they can do, discover public buyers' needs and learn how to sell to the public sector.
home-members-title = Member initiatives
home-members-body = EU-funded projects promote their trainings, webinars and matchmaking once and reach the combined networks of the whole task force.
home-organisations-count = { $count ->
    [0] No organisation is listed yet.
    [one] One organisation is listed.
   *[other] { $count } organisations are listed.
}
home-initiatives-title = Member initiatives
home-initiatives-intro = The task force was founded by four EU-funded projects and has since welcomed further initiatives and partnerships.
home-initiatives-empty = No member initiative has been added yet.
home-founding = Founding members
home-joined = Joined since
initiative-website = Website of { $acronym }

## Forms and validation
label-name = Full name
label-email = E-mail address
label-password = Password
label-new-password = New password
label-current-password = Current password
label-new-email = New e-mail address
label-token-name = Token name
label-org-name = Name of the organisation
label-kind = Type of organisation
label-size-class = Company size
label-country = Country
label-nuts = Region (NUTS code)
label-sectors = Sectors
label-website = Website
hint-website = For example stad.gent or https://www.stad.gent/en
label-description = Description
label-role = Role
label-sector = Sector
hint-password = At least 12 characters. A few unrelated words make a strong password that is easy to remember.
hint-token-name = What the token is for, for example “CRM export”.
hint-size-class = Companies only, by the EU definition of SMEs (Recommendation 2003/361/EC): micro, fewer than 10 staff and turnover or balance sheet up to €2 million; small, fewer than 50 and up to €10 million; medium, fewer than 250 and turnover up to €50 million or balance sheet up to €43 million; large, above.
hint-nuts-list = The NUTS 2021 region of the organisation in its country, from the largest to the smallest.
hint-nuts = Optional: a NUTS 2021 code within the country, for example FR101 or DE21.
hint-sectors = Choose up to 8.
error-required = Enter a value.
error-too-long = Enter at most { $limit } characters.
error-invalid-characters = Remove the control characters.
error-invalid-url = Enter a full web address starting with https://
error-invalid-email = Enter an e-mail address like name@example.eu
error-password-too-short = Use at least { $limit } characters.
error-password-common = This password is too common or too easy to guess. Choose another one.
error-password-personal = This password contains your name or e-mail address, which others can guess. Choose another one.
error-password-pattern = Keyboard rows, repeats and sequences such as "abcd" or "1234" are easy to guess. Choose another one.
error-password-dates = Dates and years are easy to guess. Choose another one.
error-password-words = A single word or name, even with a few digits, is easy to guess. Several unrelated words make a strong password.
error-password-weak = This password would be guessed too quickly. Several unrelated words make a strong password.
error-invalid-country = Choose a member state of the European Union.
error-invalid-nuts = Enter a NUTS 2021 code, for example FR101.
error-nuts-not-in-country = This region is not in the chosen country.
error-invalid = This value is not valid.
error-conflicting = Give only one of these.
error-already-sent = This form was already sent. Reload the page to send it again.
error-still-running = The same request is still being processed. Wait a moment, then reload the page.
error-idempotency-key-reused = This Idempotency-Key was already used for another request.
error-duplicate-name = “{ $name }” is already on the hub in this country. If it is your organisation, ask to join it from its page; if it is another one, tick the box below and send the form again.
label-duplicate = Same name
label-confirm-duplicate = Create it anyway: it is another organisation with the same name
error-date-before-start = The end date must come after the start date.
error-invalid-choice = Choose one of the options.
error-too-many = Choose at most { $limit }.
error-last-owner = An organisation needs at least one owner. Make someone else owner first.
error-taken = This is already in use.
error-wrong-password = The password is not right.
error-same-email = This is already your e-mail address.
error-unreadable = The form could not be read. Please try again.
error-already-member = You are already a member or have already asked to join.
error-not-yourself = You cannot decide on your own account.
error-invalid-number = Enter a number.
error-invalid-date = Enter a date as YYYY-MM-DD.

## Errors
http-not-found-title = Page not found
http-not-found-detail = There is nothing at this address, or you are not allowed to see it.
http-forbidden-title = Not allowed
http-forbidden-detail = You do not have permission to do this.
http-unauthorized-title = Sign-in required
http-unauthorized-detail = Sign in to continue.
http-bad-token-title = Invalid token
http-bad-token-detail = The API token is unknown or has been revoked.
http-conflict-title = Conflict
http-conflict-detail = This conflicts with something that already exists.
http-unprocessable-title = Invalid input
http-unprocessable-detail = Some fields are not valid.
http-too-many-requests-title = Too many attempts
http-too-many-requests-detail = Please wait a while before trying again.
http-csrf-title = The form has expired
http-csrf-detail = For your security the form could not be accepted. Go back, reload the page and try again.
http-internal-title = Something went wrong
http-internal-detail = The error has been logged. Please try again later.
http-too-large-title = Too much data
http-too-large-detail = What you sent is larger than the hub accepts.
http-method-title = Not possible here
http-method-detail = This address does not accept this kind of request.
http-bad-request-title = Bad request
http-bad-request-detail = The request could not be understood.
http-bad-json-title = Invalid JSON
http-bad-json-detail = The body is not JSON of the form this request expects. The API description at /api/openapi.json shows it.
http-bad-path-title = Invalid address
http-bad-path-detail = A part of the address is not valid, for example an id that is not a whole number.
http-bad-query-title = Invalid query
http-bad-query-detail = A parameter of the query string is not valid.
http-unsupported-media-title = Unsupported content type
http-unsupported-media-detail = Send the body as JSON, with the header Content-Type: application/json.
http-timeout-title = Request took too long
http-timeout-detail = The hub could not answer in time. Please try again in a moment.

## Flash messages
flash-email-confirmed = Your e-mail address is confirmed. You can now sign in.
flash-signed-out = You have signed out.
flash-password-reset = Your password has been changed. Sign in with the new one.
flash-password-changed = Your password has been changed. Other sessions have been signed out.
flash-email-link-sent = We sent a link to the new address. Your address changes when you follow it.
flash-email-changed = Your e-mail address has been changed.
flash-token-revoked = The token has been revoked.
flash-account-deleted = Your account and its data have been deleted.
flash-org-created = The organisation has been created. An administrator will review it before it appears in the directory.
flash-saved = Your changes have been saved.
flash-join-requested = Your request has been sent to the owners of the organisation.
flash-member-removed = The membership has been removed.
flash-decision-saved = The decision has been saved and the people concerned have been told.

## Registration, confirmation, sign-in, reset
register-title = Create your account
register-intro = One account for everything on the hub. We will send you a link to confirm your e-mail address.
register-submit = Create account
register-have-account = Already have an account? Sign in
register-done-title = Check your inbox
register-done-body = If this address can be used, we have sent a message to it. Follow the link in the message to confirm your address.
register-done-spam = If nothing arrives within a few minutes, look in your spam folder or ask for a new link.
register-done-to = We have sent a message to { $email }, unless that address cannot be used. Follow the link in it to confirm your address.
register-wrong-address = Wrong address? Register again with the right one
confirm-already-title = Address already confirmed
confirm-already-body = This link was already used and the address is confirmed. Sign in to continue.
confirm-title = Send a new confirmation link
confirm-intro = Enter the address you registered with.
confirm-submit = Send link
confirm-resend-link = Did not get the confirmation e-mail?
confirm-sent-title = Check your inbox
confirm-sent-body = If an unconfirmed account uses this address, we have sent a new link to it.
link-invalid-title = This link cannot be used
link-invalid-body = The link is unknown, has expired or has already been used. You can ask for a new one.
sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-forgot = Forgot your password?
sign-in-register = No account yet? Register
sign-in-wrong = The e-mail address or the password is not right.
sign-in-throttled = Too many failed attempts. Wait 15 minutes, or reset your password.
sign-in-unconfirmed = Confirm your e-mail address first: follow the link we sent you, or ask for a new one.
sign-in-closed = This account has been closed by the administrators.
forgot-title = Reset your password
forgot-intro = Enter your e-mail address and we will send you a link to choose a new password.
forgot-submit = Send reset link
forgot-sent-title = Check your inbox
forgot-sent-body = If an account uses this address, we have sent a link to it. The link works once and expires after one hour.
reset-title = Choose a new password
reset-intro = After the change you will be signed out everywhere and can sign in with the new password.
reset-submit = Set new password

## Account
account-title = Your account
account-profile = Profile
account-status = Membership status
account-since = Member since
account-status-pending = Waiting for review by an administrator
account-status-approved = Verified member
account-status-rejected = Closed
account-organisations = Your organisations
account-no-organisations = You do not belong to any organisation yet. Add yours or ask to join one from the directory.
membership-requested = Asked to join (no role yet)
password-title = Change your password
password-intro = Your other sessions will be signed out.
password-submit = Change password
email-title = Change your e-mail address
email-intro = Your address is now { $email }. We will send a link to the new address; the change happens when you follow it.
email-submit = Send confirmation link
email-taken-body = Another account already uses this address.
account-export = Download your data (JSON)
delete-title = Delete your account
delete-intro = This erases your account, your sessions, your API tokens and your memberships of organisations.
delete-warning = It cannot be undone.
delete-submit = Delete my account
tokens-title = API tokens
tokens-intro = Personal access tokens let programs use the hub's API on your behalf. Send one as “Authorization: Bearer …”.
tokens-create = Create a token
tokens-created = Your new token is below. Copy it now: it will not be shown again.
tokens-your-token = New token
tokens-list = Your tokens
tokens-none = You have no tokens.
tokens-prefix = Starts with
tokens-created-at = Created
tokens-last-used = Last used
tokens-state = State
tokens-revoke = Revoke
tokens-revoked = Revoked

## Organisations
orgs-title = Organisations
orgs-intro = Public buyers, companies, NGOs and research organisations that take part in the hub.
orgs-filter-label = Filter organisations
orgs-search = Name contains
people-found = { $count ->
    [0] Nobody found
    [one] One person found
   *[other] { $count } people found
}
orgs-found = { $count ->
    [0] No organisation found
    [one] One organisation found
   *[other] { $count } organisations found
}
orgs-none = Try fewer filters.
org-kind-public-authority = Public authority
org-kind-company = Company
org-kind-ngo = Non-governmental organisation
org-kind-research = Research organisation
org-kind-other = Other
review-pending = Waiting for review
review-approved = Approved
review-rejected = Rejected
role-owner = Owner
role-editor = Editor
role-member = Member
org-new-title = Add an organisation
org-new-intro = You will be its owner. An administrator reviews every new organisation before it appears in the directory.
org-create-submit = Add organisation
org-edit-title = Edit the organisation
org-about = About
org-members = Members
org-manage-members = See all members
org-join = Ask to join
org-join-intro = Work for this organisation? Ask its owners to add you.
org-join-pending = Your request to join is waiting for the owners.
label-join-message = Message to the owners (optional)
hint-join-message = Who you are and why you ask, so that they recognise you.
org-join-withdraw = Withdraw my request
flash-join-withdrawn = Your request to join was withdrawn.
org-sign-in-to-join = Sign in to ask to join
org-members-private = Only members see who belongs to this organisation.
members-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
members-title = Members of { $organisation }
members-intro = Accept requests by giving a role. Owners manage members; editors can change the profile.
members-since = Since
members-actions = Actions
members-role-for = Role of { $name }
members-accept = Accept
members-set-role = Change role
members-decline = Decline
members-remove = Remove
members-leave = Leave this organisation

## Administration
admin-title = Administration
admin-users-title = People
admin-orgs-title = Organisations to review
admin-audit-title = Audit log
admin-audit-intro = Every decision, with who made it and when.
admin-jobs-title = Background jobs
admin-pending-users = { $count ->
    [0] Nobody is waiting for review.
    [one] One person is waiting for review.
   *[other] { $count } people are waiting for review.
}
admin-pending-orgs = { $count ->
    [0] No organisation is waiting for review.
    [one] One organisation is waiting for review.
   *[other] { $count } organisations are waiting for review.
}
admin-jobs-due = { $count ->
    [one] { $count } job due now
   *[other] { $count } jobs due now
}
admin-jobs-retry = { $count ->
    [one] { $count } job waiting to retry
   *[other] { $count } jobs waiting to retry
}
admin-jobs-failing = Jobs that failed and will be retried
admin-job-kind = Kind
admin-job-attempts = Attempts
admin-job-next = Next attempt
admin-job-error = Last error
admin-status-filter = Status
admin-queue-empty = Nothing here.
admin-registered = Registered
admin-confirmed = E-mail confirmed
admin-approve = Approve
admin-reject = Reject
admin-note = Note to the organisation
audit-filter-label = Filter the audit log
audit-action = Action
audit-actor = Done by (name or e-mail address)
audit-target = Concerning
audit-target-user = A person
audit-target-organisation = An organisation
audit-since = From
audit-until = Until
audit-when = When
audit-detail = Detail
audit-found = { $count ->
    [0] No entry
    [one] One entry
   *[other] { $count } entries
}
audit-user-approved = Person approved
audit-user-rejected = Person rejected
audit-user-deleted = Account deleted
audit-admin-created = Administrator created
audit-organisation-created = Organisation created
audit-organisation-updated = Organisation edited
audit-organisation-approved = Organisation approved
audit-organisation-rejected = Organisation rejected
audit-member-accepted = Member accepted
audit-member-role-changed = Role changed
audit-member-removed = Member removed
audit-member-request-declined = Join request declined
audit-member-request-withdrawn = Join request withdrawn

## E-mail
mail-greeting = Hello { $name },
mail-signature = IPTF Hub — Innovation Procurement Task Force
mail-link-expiry = { $count ->
    [one] The link works once and expires in one hour.
   *[other] The link works once and expires in { $count } hours.
}
mail-not-you = If you did not ask for this, ignore this message.
mail-sign-in-action = Sign in to IPTF Hub
mail-open-organisation = Open the organisation
mail-admin-note = Note from the administrators: { $note }
mail-confirm-subject = Confirm your e-mail address
mail-confirm-body = Welcome to IPTF Hub. Please confirm your e-mail address by following this link:
mail-confirm-action = Confirm my address
mail-reset-subject = Reset your password
mail-reset-body = Someone asked to reset the password of your IPTF Hub account. To choose a new password, follow this link:
mail-reset-action = Choose a new password
mail-change-email-subject = Confirm your new e-mail address
mail-change-email-body = You asked to use this address for your IPTF Hub account. To confirm, follow this link:
mail-change-email-action = Confirm the new address
mail-already-registered-subject = You already have an account
mail-already-registered-body = Someone tried to register on IPTF Hub with your address, which already has an account. If it was you, sign in or reset your password. If not, you can ignore this message.
mail-password-changed-subject = Your password was changed
mail-password-changed-body = The password of your IPTF Hub account has just been changed. If it was not you, reset your password now and contact the administrators.
mail-email-changed-subject = Your e-mail address was changed
mail-email-changed-body = Your IPTF Hub account now uses another e-mail address. If it was not you, contact the administrators.
mail-account-approved-subject = You are now a verified member
mail-account-approved-body = An administrator has approved your IPTF Hub account.
mail-account-rejected-subject = Your account has been closed
mail-account-rejected-body = An administrator has closed your IPTF Hub account.
mail-org-approved-subject = { $organisation } is now listed
mail-org-approved-body = An administrator has approved { $organisation }. It now appears in the directory of the hub.
mail-org-rejected-subject = { $organisation } was not approved
mail-org-rejected-body = An administrator has not approved { $organisation } for the directory.
mail-join-request-subject = Request to join { $organisation }
mail-join-request-body = { $person } ({ $email }) asks to join { $organisation }. Give them a role to accept, or decline the request.
mail-join-request-action = Review the request
mail-join-request-message = Their message: “{ $message }”
mail-join-declined-subject = Your request to join { $organisation }
mail-join-declined-body = The owners of { $organisation } declined your request to join it. You can still find other organisations in the directory, or create your own.
mail-open-directory = Open the directory
mail-join-accepted-subject = Welcome to { $organisation }
mail-join-accepted-body = Your request to join { $organisation } has been accepted.
audit-organisation-deleted = Organisation deleted
audit-user-password-reset = Password reset
audit-job-retried = Job retried
error-last-owner-of = { $name } needs at least one owner. Make another member owner first, or remove the other members.
error-out-of-range-days = Enter a number of days from 1 to { $limit }.
error-email-taken = Another account uses this address now.
mail-tokens-revoked = { $count ->
    [one] Your API token was revoked: create a new one on your account page if you still need it.
   *[other] Your { $count } API tokens were revoked: create new ones on your account page if you still need them.
}
http-read-only-token-title = Read-only token
http-read-only-token-detail = This API token may only read. Create a read-write token to make changes.
http-unavailable-title = Temporarily unavailable
http-unavailable-detail = The hub cannot reach its database right now. Please try again in a moment.
admin-jobs-dead = { $count ->
    [one] One job out of attempts
   *[other] { $count } jobs out of attempts
}
admin-job-state = State
admin-job-dead = Out of attempts
admin-job-retry = Retry
admin-job-retrying = Will retry
flash-job-retried = The job will run again shortly.
token-scope-read = Read only
token-scope-read-write = Read and write
label-token-scope = Scope
label-token-days = Expires after (days)
hint-token-days = From 1 to { $count } days. Leave empty for a token that does not expire.
tokens-expires = Expires
tokens-never = Never
confirm-link-title = Confirm your e-mail address
confirm-link-intro = Press the button to confirm that this address is yours.
confirm-link-submit = Confirm my address
email-link-title = Confirm your new e-mail address
email-link-intro = Press the button to use this address for your account from now on.
email-link-submit = Use this address
cancel = Cancel
confirm-remove-title = Remove { $name }?
confirm-remove-body = { $name } will no longer be a member of { $organisation } and will be told by e-mail.
confirm-decline-title = Decline the request of { $name }?
confirm-decline-body = { $name } asked to join { $organisation }. They will be told by e-mail that the request was declined.
confirm-leave-title = Leave { $organisation }?
confirm-leave-body = You will no longer be a member of { $organisation }. To come back, you will have to ask again.
confirm-reject-user-title = Reject { $name }?
confirm-reject-org-title = Reject { $name }?
confirm-reject-body = The reason you give is sent to the person by e-mail, with how to reply, and kept in the audit log.
confirm-reject-note = Reason
confirm-reject-hint = For example: "We could not verify that you work for this organisation; reply with a link to your profile on its website."
mail-decision-reply = To ask about this decision or send what was missing, reply to this message: it reaches the hub's team ({ $contact }).
mail-decision-reply-site = To ask about this decision, write to the Innovation Procurement Task Force through its website.
account-pending-next = What happens next: an administrator checks that you belong to a public buyer, a supplier or a member initiative, usually within two working days. You will get an e-mail with the decision. Meanwhile you can use the hub and create or join an organisation.
org-pending-next = What happens next: an administrator checks the organisation, usually within two working days, and its owners get an e-mail with the decision. Until then it is visible only to its members; you can already complete its profile.
org-withdraw = Withdraw the organisation
org-delete = Delete the organisation
flash-org-deleted = The organisation was deleted.
confirm-org-withdraw-title = Withdraw { $organisation }?
confirm-org-withdraw-body = { $organisation } is still waiting for review. Withdrawing it deletes it and its memberships; its members are told by e-mail.
confirm-org-delete-title = Delete { $organisation }?
confirm-org-delete-body = { $organisation } leaves the directory for good, with its memberships; its members are told by e-mail. The audit log keeps a record.
org-rejected-next = This organisation was not approved; the e-mail you received gives the reason. Correct its profile and save it to submit it again.
mail-org-deleted-subject = { $organisation } was deleted
mail-org-deleted-body = { $person } deleted { $organisation } from IPTF Hub. You are no longer a member of it.

## Invitations
error-already-in-organisation = This person is already a member of { $name }.
error-invitation-other-address = This invitation was sent to { $name }. Sign in with that address to accept it.
error-invitation-has-account = This address already has an account: sign in to accept the invitation.
error-invitation-not-open = This invitation has been used, cancelled or has expired.
flash-invitation-sent = The invitation has been sent.
flash-invitation-cancelled = The invitation has been cancelled; its link no longer works.
flash-invitation-accepted = Welcome! You are now a member.
invite-title = Invite colleagues
invite-intro = They get an e-mail with a link to join { $organisation }, even if they have no account yet. The link works for 14 days.
label-invite-email = Their e-mail address
label-invite-message = Message (optional)
hint-invite-role = Owners manage members; editors can change the profile; members are listed.
hint-invite-message = A few words that go with the invitation, at most 1,000 characters.
invite-submit = Send the invitation
invitations-open = Invitations not accepted yet
invitations-sent = Sent
invitations-valid-until = Valid until
invitation-expired-short = Expired
invitation-resend = Send again
invitation-cancel = Cancel
invitation-sent-by = by { $person }, { $date }
invitation-title = Invitation to join { $organisation }
invitation-intro = { $person } invites you ({ $email }) to join { $organisation } on the IPTF Hub as { $role }.
invitation-org-pending = { $organisation } is still waiting for review by the task force; you can join it already and will be told when it is listed.
invitation-accept = Accept and join
invitation-decline = Decline the invitation
invitation-register = Create your account to join: your address, { $email }, is confirmed by this link.
invitation-register-submit = Create my account and join
invitation-sign-in = You already have an account with this address: sign in to accept.
invitation-sign-in-link = Sign in to accept the invitation
invitation-other-account = This invitation is for { $email }, but you are signed in as { $current }. Sign out and sign in with { $email } to accept it, or ask for an invitation to { $current }.
invitation-used-title = Invitation already accepted
invitation-used-body = This invitation to join { $organisation } has already been used. Sign in to continue.
invitation-expired-title = Invitation expired
invitation-expired-body = This invitation to join { $organisation } has expired or was cancelled. Ask { $person } to send a new one.
invitation-invalid-title = Unknown invitation
invitation-invalid-body = This invitation link is not valid. Check that the whole link was copied from the e-mail.
invitation-declined-title = Invitation declined
invitation-declined-body = You declined the invitation to join { $organisation }. Nothing else will be sent to you about it.
mail-invitation-subject = { $person } invites you to join { $organisation } on the IPTF Hub
mail-invitation-body = { $person } ({ $email }) invites you to join { $organisation } on the IPTF Hub, the platform of the Innovation Procurement Task Force, as { $role }.
mail-invitation-message = Their message: “{ $message }”
mail-invitation-pending = { $organisation } is still waiting for review by the task force; you can join it already.
mail-invitation-expiry = { $count ->
    [one] The link works once and expires in one day.
   *[other] The link works once and expires in { $count } days.
}
mail-invitation-ignore = If you do not know this person, ignore this e-mail; replying reaches them.
mail-invitation-action = See the invitation
mail-invitation-accepted-subject = { $person } joined { $organisation }
mail-invitation-accepted-body = { $person } accepted your invitation and is now a member of { $organisation }.
mail-join-request-action-members = See the members
audit-invitation-sent = Invitation sent
audit-invitation-cancelled = Invitation cancelled
audit-invitation-accepted = Invitation accepted
audit-invitation-declined = Invitation declined
audit-review-information-requested = More information asked for

## One review of a newcomer and their organisation
review-intro = Each card is one decision: approving an organisation also approves the accounts of the people who came with it. People who registered without an organisation wait under People.
review-people = People
review-submitter = Submitted it
review-registered = registered { $date }
review-duplicates = Possible duplicates
review-no-duplicates = None found by name or domain.
review-duplicate-name = same name
review-duplicate-domain = same domain
review-asked = More information asked for on { $date } by { $person }: “{ $message }”
review-approve-all = Approve organisation and people
review-ask = Ask for more information
confirm-reject-close-accounts = Also close the accounts still waiting of the people who came with it (spam). Otherwise they can correct the organisation and submit it again.
ask-title = Ask { $organisation } for more information
ask-intro = Your message goes by e-mail to the organisation's owners; their replies reach the task force's mailbox. The organisation stays in the queue.
label-ask-message = Your question
hint-ask-message = For example: "Please add your organisation's website and your role there." At most 2,000 characters.
ask-submit = Send the question
flash-information-asked = Your question has been sent to the owners.
error-not-pending = This organisation is no longer waiting for review.
mail-ask-subject = { $organisation }: the task force needs more information
mail-ask-body = Thank you for registering { $organisation } on the IPTF Hub. Before deciding, the task force needs more information:
mail-ask-message = “{ $message }”
mail-ask-reply = Reply to this e-mail, or correct the organisation's profile on the hub; your organisation stays in the queue meanwhile.
mail-ask-action = Edit the organisation
org-information-asked = The task force asked for more information on { $date }: “{ $message }” Reply to their e-mail or correct the profile.

## What companies sell (CPV)
label-cpv = What it sells (CPV)
hint-cpv = Companies: the divisions and groups of the Common Procurement Vocabulary that buyers use in their notices, at most 20. Open a division to choose its groups.
label-cpv-filter = Sells (CPV division)
tree-all-of = All of “{ $name }”
nuts-search = Search regions
nav-menu = Menu
invitation-message-from = { $person } writes:

## Member initiatives
nav-initiatives = Initiatives
initiatives-title = Member initiatives
initiatives-intro = The EU-funded projects and partnerships that form the task force, with what they work on and whom they reach.
initiatives-filter-label = Filter the initiatives
initiatives-search = Acronym or name
initiatives-found = { $count ->
    [0] No initiative found.
    [one] One initiative found.
   *[other] { $count } initiatives found.
}
reach-title = Together they reach
initiative-reach = Its networks
reach-unknown = Not given yet.
reach-newsletter = { $count ->
    [one] one newsletter subscriber
   *[other] { $n } newsletter subscribers
}
reach-social = { $count ->
    [one] one social media follower
   *[other] { $n } social media followers
}
reach-partners = { $count ->
    [one] one partner
   *[other] { $n } partners
}
label-initiative-status = Standing
initiative-status-founding = Founding member
initiative-status-member = Member
initiative-status-former = Former member
label-topic = Topic
label-topics = Curriculum topics
topic-guiding-principles = Guiding principles
topic-legal-procedures = Legal knowledge and procedures
topic-market-consultation = Preliminary market consultation
topic-pcp = Pre-commercial procurement (PCP)
topic-competitive-dialogue = Competitive dialogue
topic-negotiation = Competitive procedure with negotiation
topic-innovation-partnership = Innovation partnership
topic-legal-questions = Legal questions
topic-risk-assessment = Risk assessment
initiative-edit = Edit the profile
initiative-about = About
label-programme = EU funding programme
label-period = Runs
label-contact = Contact
initiative-history = History of changes
initiative-editors = Editors
back-to-initiatives = All member initiatives
back-to-initiative = Back to the initiative
label-acronym = Acronym
label-initiative-name = Full name
label-summary = Summary
hint-summary = Two or three sentences, at most 500 characters.
hint-markdown = Markdown: **bold**, *italic*, [links](https://…), lists and headings (## …).
hint-focus-areas = One per line, at most 12.
label-starts-on = Start date
label-ends-on = End date
label-contact-name = Contact person
label-contact-email = Contact e-mail address
label-reach-newsletter = Newsletter subscribers
label-reach-social = Social media followers
label-reach-partners = Partners
hint-reach = Whole numbers; leave empty when you do not know.
initiative-create = Add the initiative
initiative-new-title = Add a member initiative
initiative-edit-title = Edit { $acronym }
initiative-history-title = History of { $acronym }
initiative-first-version = First version
initiative-no-change = Saved without changes
history-by = By
history-changed = What changed
initiative-field-acronym = acronym
initiative-field-name = name
initiative-field-summary = summary
initiative-field-description = description
initiative-field-focus-areas = focus areas
initiative-field-sectors = sectors
initiative-field-topics = topics
initiative-field-countries = countries
initiative-field-programme = programme
initiative-field-starts-on = start date
initiative-field-ends-on = end date
initiative-field-website = website
initiative-field-contact-name = contact person
initiative-field-contact-email = contact address
initiative-field-status = standing
initiative-field-reach = reach
initiative-editors-title = Editors of { $acronym }
initiative-editors-intro = Editors keep the initiative's page up to date and may name other editors. Administrators can always edit.
initiative-no-editors = No editor yet.
editor-added-by = Named by
editor-remove = Remove
editor-add = Name an editor
label-editor-email = E-mail address of their account
hint-editor-email = The person needs an account on the hub.
flash-editor-added = The editor has been named and told by e-mail.
flash-editor-removed = The editor has been removed.
error-acronym-taken = { $name } is already the acronym of a member initiative.
error-invalid-acronym = Use letters, digits, spaces and - & + . only.
error-no-account = Nobody has an account with { $name } yet.
error-already-editor = { $name } is already an editor.
error-not-a-number = Enter a whole number, such as 12500.
error-out-of-range = Enter a number between 0 and { $limit }.
mail-editor-added-subject = You can now edit { $initiative } on the IPTF Hub
mail-editor-added-body = { $person } named you an editor of { $initiative }: you can keep its page up to date and name other editors.
mail-editor-added-action = Edit the page
audit-initiative-created = Initiative added
audit-initiative-updated = Initiative edited
audit-initiative-editor-added = Initiative editor named
audit-initiative-editor-removed = Initiative editor removed

## People
nav-people = People
people-title = People
people-intro = Buyers, suppliers, experts and member initiatives' staff who chose to show a public profile. Each person decides what it shows.
people-filter-label = Filter the people
people-search = Name
label-language = Language
label-languages = Languages spoken
label-expertise = Expertise
label-sort = Order
sort-name = By name
sort-recent = Recently updated first
back-to-people = All people
profile-title = Your public profile
profile-intro = Nothing about you is public until you say so, and then only what you tick, field by field. Untick or withdraw it at any time: it disappears at once.
profile-public = Public profile
profile-public-yes = Show a public profile with my name
hint-profile-public = Without it, you are not in the people directory, and nothing below is shown anywhere.
profile-visibility = Shown?
profile-show = Show this on my public profile
profile-see-public = See your public profile
label-organisation = Organisation
label-role-title = Your role or job title
label-bio = A few words about you
hint-bio = At most 1,000 characters.
label-eic = European Innovation Council
label-eic-yes = Supported by the EIC (Accelerator, Pathfinder or Transition)
label-eic-filter = EIC support
eic-only = EIC-supported companies only
sort-newest = Newest first
tree-search = Search what it sells

## Logos and photos
error-image-empty = Choose an image file.
error-image-too-large = The file is larger than 2 MB. Choose a smaller image.
error-image-format = This file is not a PNG, JPEG or WebP image. Choose one of these formats.
error-image-too-big = The image is larger than 2000 × 2000 pixels. Choose a smaller image.
error-image-unreadable = This image is damaged and cannot be read. Save it again and choose it once more.
hint-image = PNG, JPEG or WebP, at most 2 MB and 2000 × 2000 pixels. We keep only the pixels: the file is decoded and saved again.
image-current = The current image
image-upload = Upload
label-logo = Logo
logo-remove = Remove the logo
logo-of = Logo of { $name }
initiative-logo-title = Logo of { $acronym }
initiative-logo-intro = The logo appears on the initiative's page and in the list of members.
initiative-change-logo = Change the logo
label-photo = Photo
photo-title = Your photo
photo-intro = Your photo appears on your public profile, if you have one. Remove it at any time: it disappears at once.
photo-remove = Remove my photo
photo-of = Photo of { $name }
profile-change-photo = Add or change your photo

## Joining the task force
join-title = Apply to join the task force
join-intro = EU-funded projects and partnerships that promote the public procurement of innovation can join the Innovation Procurement Task Force as member initiatives.
join-steps = Tell us who you are, why you want to join and what you bring. Editors of the member initiatives read your application, comment and endorse it; an administrator then accepts or declines it with a reason. We write to you by e-mail at each step, and you can follow it on its page.
join-sign-in = Sign in or create an account to apply: you will be the first editor of your initiative's page.
initiatives-join = Apply to join
applications-title = Applications to join
applications-intro-members = Applications from initiatives that want to join. As an editor of a member initiative you can comment on them and endorse them.
applications-intro-own = Your applications to join the task force and where they stand.
applications-none = There are no applications yet.
label-application-summary = Who you are
label-motivation = Why you want to join
hint-motivation = What you expect from the task force, in a few sentences.
label-contribution = What you contribute
hint-contribution = Expertise, networks, events, resources you would share with the other members.
application-submit = Send the application
application-status-submitted = Submitted
application-status-in-review = In review
application-status-accepted = Accepted
application-status-declined = Declined
application-status-withdrawn = Withdrawn
application-applicant = Applicant
application-filed = Sent on
application-status = Status
application-endorsements = Endorsements
application-title = Application of { $acronym }
application-filed-by = Sent by { $name }
application-endorsed-by = { $count ->
    [0] No member endorses it yet.
    [one] One member endorses it.
   *[other] { $n } members endorse it.
}
application-decision = Decision
application-see-initiative = See the page of { $acronym }
application-who = Who they are
application-letter = Their letter
application-notes = Members' comments
application-no-notes = No comments yet.
application-endorses = Endorses
application-you-endorse = You endorse this application.
application-add-note = Comment or endorse
application-decide = Decide
application-withdraw = Withdraw the application
label-note = Comment
hint-note = The other members' editors and the administrators read it; the applicant does not.
label-endorse = Endorsement
endorse-as = We endorse this application ({ $initiatives })
note-submit = Send
label-decision = Decision
decision-accept-application = Accept: the initiative becomes a member
decision-decline-application = Decline
label-reason = Reason
hint-decision-reason = The applicant reads it in the e-mail that tells them the decision.
decision-submit = Send the decision
flash-application-sent = Your application has been sent. We wrote to you; you can follow it here.
flash-application-decided = The decision has been recorded and the applicant told.
flash-application-withdrawn = The application has been withdrawn.
error-application-open = { $name } has already applied; its application is being reviewed.
error-too-many-applications = You have { $limit } applications open already. Wait for a decision before you send another.
error-application-closed = This application has been decided or withdrawn already.
error-already-endorsed = You endorse this application already.
mail-application-received-subject = We received the application of { $acronym }
mail-application-received-body = Thank you for applying to join the Innovation Procurement Task Force with { $acronym }. The editors of the member initiatives will read it; we will write to you when it is in review and when it is decided.
mail-application-in-review-subject = The application of { $acronym } is in review
mail-application-in-review-body = Members of the task force have started to review the application of { $acronym }.
mail-application-accepted-subject = Welcome to the task force, { $acronym }
mail-application-accepted-body = The application of { $acronym } has been accepted: it is now a member initiative, and you are the editor of its page. The administrator wrote:
mail-application-accepted-action = Complete your page
mail-application-declined-subject = The application of { $acronym } has been declined
mail-application-declined-body = The application of { $acronym } has been declined. The administrator wrote:
mail-application-new-subject = New application to join: { $acronym }
mail-application-new-body = { $person } applied to join the task force with { $acronym }.
mail-application-action = See the application
audit-application-submitted = Application sent
audit-application-accepted = Application accepted
audit-application-declined = Application declined
audit-application-withdrawn = Application withdrawn

## Working groups
nav-groups = Working groups
groups-title = Working groups
groups-intro = Communities of practice where buyers, suppliers and initiatives work on a shared question, such as health procurement or circular construction.
groups-none = There are no working groups yet.
group-new-title = Start a working group
group-create = Start the group
group-open = Open group
group-closed = Closed group
group-open-choice = Open: anyone signed in can join
group-closed-choice = Closed: leaders approve requests to join, and only members read the discussions
label-group-name = Name of the group
label-group-membership = Membership
label-roadmap = Roadmap
hint-roadmap = What the group plans to do, and by when. You can use Markdown.
group-edit-title = Edit { $name }
group-edit = Edit the group
group-member-count = { $count ->
    [one] One member
   *[other] { $n } members
}
group-thread-count = { $count ->
    [0] no discussion yet
    [one] one discussion
   *[other] { $n } discussions
}
group-led-by = led by { $names }
thread-start = Start a discussion
group-members = Members
group-leave = Leave the group
group-request-waiting = You asked to join; a leader of the group will answer.
group-request-withdraw = Withdraw my request
group-join = Join the group
group-request = Ask to join
group-sign-in-to-join = Sign in to join the group
group-about = About the group
group-no-roadmap = The group has not written its roadmap yet.
group-threads = Discussions
group-no-threads = No discussion yet.
thread-reply-count = { $count ->
    [0] no reply
    [one] one reply
   *[other] { $n } replies
}
group-closed-threads = The discussions of this closed group are for its members.
group-mail-title = E-mail from this group
group-mail-legend = Send me e-mail
group-mail-all = for new discussions, and replies in the discussions I follow
group-mail-none = never (I read the group here)
thread-follow = Follow this discussion
thread-unfollow = Stop following
thread-following-hint = You follow this discussion: replies reach you by e-mail if you chose e-mail from this group.
thread-not-following-hint = Follow this discussion to get its replies by e-mail.
label-reply = Reply
back-to-group = Back to { $name }
group-members-title = Members of { $name }
group-requests = Requests to join
group-no-requests = No one is waiting.
group-accept = Accept { $name }
group-decline = Decline { $name }
group-since = Since
group-actions = Actions
group-role-leader = Leader
group-role-member = Member
group-make-member = Make { $name } a member
group-make-leader = Make { $name } a leader
group-remove = Remove { $name }
group-back = Back to the group
label-thread-title = Title
label-post = Message
thread-new-title = New discussion in { $name }
reply-send = Send the reply
former-member = former member
error-group-name-taken = A group is already called { $name }.
error-last-leader = A group needs a leader: name another leader first.
error-already-group-member = This person is a member already.
error-not-member = This person is not a member of the group.
flash-group-joined = You are a member of the group.
flash-group-requested = Your request has been sent to the group's leaders.
flash-group-left = You are no longer a member of the group.
flash-reply-posted = Your reply has been posted.
flash-thread-followed = You follow this discussion.
flash-thread-unfollowed = You no longer follow this discussion.
mail-group-request-subject = Someone asks to join { $group }
mail-group-request-body = A person asks to join { $group }, which you lead. Accept or decline the request on the members' page.
mail-group-accepted-subject = You are a member of { $group }
mail-group-accepted-body = A leader of { $group } accepted your request: you can now read and join its discussions.
mail-group-declined-subject = Your request to join { $group }
mail-group-declined-body = A leader of { $group } declined your request to join.
mail-group-action = Open the group
mail-group-thread-subject = [{ $group }] { $title }
mail-group-thread-body = { $person } started a discussion in { $group }:
mail-group-reply-subject = Re: [{ $group }] { $title }
mail-group-reply-body = { $person } replied in "{ $title }":
mail-group-why = You get this e-mail because you are a member of the group and chose its e-mail. You can change that on the group's page.
mail-group-open-thread = Open the discussion

## Follows and the dashboard
nav-dashboard = Dashboard
follow-name = Follow { $name }
unfollow-name = Stop following { $name }
flash-followed = You follow it now: its news appears on your dashboard.
flash-unfollowed = You no longer follow it.
follow-kind-initiative = Initiative
follow-kind-organisation = Organisation
follow-kind-group = Working group
follow-gone = (no longer on the hub)
dashboard-title = Your dashboard
dashboard-intro = What happened recently in the initiatives, organisations, working groups and topics you follow, newest first.
dashboard-activity = Recent activity
dashboard-empty = Nothing yet. Follow initiatives, organisations, working groups or topics to see their news here.
dashboard-following = You follow
dashboard-follow-hint = Use the "Follow" button on an initiative's, organisation's or working group's page.
dashboard-topics = Topics you follow
hint-dashboard-topics = News about these topics reaches your dashboard, whoever publishes it.
activity-initiative-updated = { $person } updated the page of
activity-initiative-joined = A new member initiative joined the task force:
activity-organisation-approved = A new organisation is in the directory:
activity-organisation-updated = { $person } updated the profile of
activity-group-created = { $person } started the working group
activity-thread-started = { $person } started a discussion:
activity-reply-posted = { $person } replied in
activity-unknown = Something changed:

## Messages and blocks
nav-messages = Messages
messages-title = Messages
messages-intro = Your private conversations. Nobody sees your e-mail address: people write to you here, and we only e-mail you a link.
messages-none = No conversation yet. Write to someone from their public profile, or to an organisation from its page.
messages-unread = new
messages-with = With { $name }
messages-with-organisation = { $name } (its contact people)
messages-safety = Safety
message-write = Send a message
message-write-organisation = Contact this organisation
message-new-title = Write to { $name }
message-new-intro = Your e-mail address stays private. They get an e-mail with a link to the conversation, not your text.
label-subject = Subject
label-message = Message
hint-message = At most 5,000 characters.
message-send = Send
flash-message-sent = Your message has been sent.
error-cannot-message = You cannot write to this person.
error-cannot-block-self = You cannot block yourself.
blocks-title = People you blocked
blocks-intro = People you blocked cannot write to you. They are not told.
blocks-none = You have not blocked anyone.
block-name = Block { $name }
unblock-name = Unblock { $name }
flash-blocked = Blocked: this person can no longer write to you.
flash-unblocked = Unblocked.
mail-message-subject = { $person } sent you a message on the IPTF Hub
mail-message-body = { $person } wrote to you. Read the message and answer on the hub.
mail-message-why = We send one e-mail until you read the conversation; the message itself stays on the hub.
mail-message-action = Read the message

## Reports and moderation
nav-moderation = Moderation
report-link = Report
report-page = Report this page
report-profile = Report this profile
report-conversation = Report this conversation
report-title = Report: { $name }
report-intro = Tell the moderators what is wrong. When three people report the same thing, it is hidden until a moderator reviews it.
report-kind-profile = A person's public profile
report-kind-group = A working group's page
report-kind-thread = A discussion
report-kind-reply = A reply
report-kind-conversation = A conversation
report-reply-in = A reply in "{ $title }"
label-report-reason = What is wrong
hint-report-reason = For example: spam, insults, personal data, advertising. The person reported does not see who reported them.
report-submit = Send the report
flash-reported = Thank you: the moderators will review it.
error-already-reported = You have already reported this.
error-report-own = You cannot report your own content.
moderation-hidden = Hidden while a moderator reviews reports about it.
moderation-removed = Removed by a moderator.
moderation-gone = (no longer on the hub)
moderation-title = Moderation
moderation-intro = What people reported, most reported first. Content reported by three people is hidden until you decide. The author reads your reason.
moderation-empty = Nothing waits for a decision.
moderation-about = About { $name }
moderation-reports = { $count ->
    [one] One report
   *[other] { $n } reports
}
moderation-decide-on = Decide on { $name }
moderation-decide-title = Decide on { $name }
label-moderation-action = Decision
moderation-action-restore = Restore: the reports were unfounded
moderation-action-remove = Remove the content
moderation-action-warn = Warn its author (the content stays as it is)
moderation-action-suspend = Suspend its author
hint-moderation-reason = The author reads it in the e-mail that tells them your decision; it is kept in the audit log.
label-suspend-days = Days of suspension
hint-suspend-days = Only for a suspension: from 1 to 365 days.
flash-moderation-decided = The decision has been recorded and the author told.
error-already-decided = A moderator has already decided on this.
error-no-author = No author to act on: their account no longer exists.
moderators-title = Moderators
moderators-intro = Moderators review reported content: they restore it, remove it, warn its author or suspend them. Administrators are moderators too.
moderators-none = There are no moderators yet.
label-moderator-email = E-mail address of the person's account
moderator-add = Name a moderator
moderator-remove = Remove { $name } from the moderators
sign-in-suspended = Your account is suspended until { $date }. We wrote to you why.
mail-moderation-restored-subject = Your content is visible again
mail-moderation-restored-body = { $what } of yours was reported; a moderator reviewed it and restored it. The moderator wrote:
mail-moderation-removed-subject = A moderator removed your content
mail-moderation-removed-body = { $what } of yours was reported and a moderator removed it. The moderator wrote:
mail-moderation-warned-subject = A warning from the moderators
mail-moderation-warned-body = { $what } of yours was reported. A moderator asks you to mind the rules of the hub:
mail-moderation-suspended-subject = Your account is suspended
mail-moderation-suspended-body = { $what } of yours was reported, and a moderator suspended your account. The moderator wrote:
mail-moderation-until = You can sign in again after { $date }. You may answer this e-mail.
audit-moderation-hidden = Content hidden (three reports)
audit-moderation-restored = Content restored
audit-moderation-removed = Content removed
audit-moderation-warned = Author warned
audit-moderation-suspended = Account suspended
audit-moderator-named = Moderator named
audit-moderator-removed = Moderator removed

## Knowledge resources
nav-resources = Resources
resources-title = Resources
resources-intro = Guides, case studies, templates, recordings and more, published by the member initiatives and by organisations of the hub.
resources-filter-label = Filter the resources
resources-search = Words of the title
resources-found = { $count ->
    [0] No resource found
    [one] One resource found
   *[other] { $n } resources found
}
resource-new-title = Publish a resource
resource-edit-title = Edit { $title }
resource-edit = Edit
resource-published-on = published on { $date }
resource-open-link = Open the resource
resource-tags = Also about
resource-state-title = Publication
resource-state-draft = Draft
resource-state-published = Published
resource-state-archived = Archived
resource-to-draft = Back to draft
resource-to-published = Publish
resource-to-archived = Archive
flash-resource-saved = The resource has been saved.
flash-resource-published = The resource is published.
flash-resource-archived = The resource is archived: it no longer appears in the library.
label-resource-kind = Type
label-publisher = Published by
label-resource-body = Text
hint-resource-body = Markdown. Leave it empty if the resource is a link.
label-resource-link = Link to the resource
label-audiences = For
label-procedures = Procedures
label-countries = Countries
audience-buyers = Public buyers
audience-suppliers = Suppliers
audience-policy-makers = Policy makers
resource-kind-article = Article
resource-kind-guide = Guide
resource-kind-toolkit = Toolkit
resource-kind-case-study = Case study
resource-kind-template = Template
resource-kind-training = Training material
resource-kind-recording = Recording
resource-kind-policy = Policy document
resource-kind-report = Report
resource-kind-faq = FAQ
resource-history = Who changed what
resource-history-title = History of { $title }
resource-back = Back to the resource
resource-field-title = Title
resource-field-kind = Type
resource-field-summary = Summary
resource-field-body = Text
resource-field-link = Link
resource-field-tags = Language and tags
diff-removed = removed:
diff-added = added:

## Search
nav-search = Search
search-title = Search
search-label = Search the resources, in any EU language
search-submit = Search
search-found = { $count ->
    [0] Nothing found
    [one] One result
   *[other] { $n } results
}
search-sort = Order:
search-sort-relevance = most relevant
search-sort-date = newest
search-narrow = Narrow the result
search-facet-kind = Type
search-facet-topic = Topic
search-facet-sector = Sector
search-facet-language = Language
search-facet-country = Country
search-facet-initiative = Initiative
search-facet-year = Year
search-facet-clear = Any
search-across = Found through its CPV codes or topics, named in another language.
search-unknown-filter = We set aside the filter "{ $value }", which we do not know.
search-cut = Your search was long: we read its first { $n } characters.
search-fuzzy = Nothing matched exactly; these results allow one typo in each longer word.

## Knowledge hub: case studies, translations, files, feeds
label-procedure = Procedure type
label-initiative = Member initiative
label-case-buyer = Public buyer
hint-case-study = For case studies only: what the procurement was and what came of it. Public buyer, country and year are required for a case study.
label-case-country = Country of the buyer
label-case-procedure = Procedure used
label-case-year = Year of the contract award
label-case-budget = Budget
label-case-currency = Currency of the budget
label-case-results = Results
label-case-lessons = Lessons learned
case-outcome = Outcome of the procurement
case-studies-title = Case studies
case-studies-intro = What public buyers procured, how, and what came of it. Tick two to four case studies to compare them side by side.
case-compare-title = Case studies side by side
case-compare-choose = Case studies: tick those you want to compare
case-compare-pick = Compare
case-compare-this = Compare { $title }
case-compare-submit = Compare the ticked case studies
case-compare-few = Tick at least two case studies on the list to compare them.
resource-field-case = Outcome
size-mb = { $n } MB
size-kb = { $n } KB
resource-translate = Add a translation
resource-translate-title = Translation of { $title }
resource-in-your-language = This resource is also available in your language:
resource-versions = Also in
resource-files = Files
resource-files-manage = Attached files
resource-files-title = Files of { $title }
resource-files-intro = Attach documents readers can download: PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX) or OpenDocument files.
resource-files-none = No file is attached yet.
label-file = File
hint-file = PDF, DOCX, XLSX, PPTX, ODT, ODS or ODP, at most { $mb } MB. The content decides the type, not the name.
file-upload = Attach the file
file-kind = Type
file-size = Size
file-actions = Actions
file-remove = Remove { $name }
resources-feed = Atom feed of these resources
landscape-title = Landscape map
flash-resource-nothing-to-read = A published resource needs a text, a link or an attached file.
flash-file-added = The file is attached.
flash-file-removed = The file is removed.
error-invalid-year = Enter a year between 1990 and 2100.
error-invalid-amount = Enter an amount in figures, such as 250000 or 1 250 000,50.
error-translation-exists = This resource already has a version in this language.
error-nothing-to-read = Write a text, give a link or attach a file before publishing.
error-file-empty = Choose a file.
error-file-too-large = The file is larger than { $limit } MB.
error-file-kind = This file is not a PDF, DOCX, XLSX, PPTX, ODT, ODS or ODP document (its content was checked).
error-too-many-files = A resource has at most { $limit } files.
error-last-file = A published resource needs a text, a link or a file: this is its last one.
label-initiative-countries = Countries where it works
landscape-intro = Who provides expertise on each topic of innovation procurement in each EU country: member initiatives working there, organisations that published on the topic, people who show their country and topics, and resources tagged with both. Pale red cells are gaps: nothing yet.
landscape-show-label = Count
landscape-show-all = Everything
landscape-show-initiatives = Member initiatives
landscape-show-organisations = Organisations
landscape-show-people = People
landscape-show-resources = Resources
landscape-gaps = { $gaps } of { $pairs } country and topic pairs have nothing yet.
landscape-svg-desc = A heat grid with a row per EU country and a column per topic; darker cells count more. { $gaps } of { $pairs } cells are gaps. The table below gives every count.
landscape-svg-caption = The grid as a picture; the table below holds the same counts, each a link to what is behind it.
landscape-legend-gap = Nothing (gap)
landscape-legend-few = Few
landscape-legend-many = Many
landscape-gaps-title = Gaps by topic
landscape-topic-gaps = { $topic }: { $count ->
    [one] one country with nothing
   *[other] { $count } countries with nothing
}
landscape-table-title = Counts by country and topic
landscape-table-caption = What each EU country has on each topic (select a number to see what is behind it)
landscape-gap = gap
landscape-count-initiatives = { $count ->
    [one] one initiative
   *[other] { $count } initiatives
}
landscape-count-organisations = { $count ->
    [one] one organisation
   *[other] { $count } organisations
}
landscape-count-people = { $count ->
    [one] one person
   *[other] { $count } people
}
landscape-count-resources = { $count ->
    [one] one resource
   *[other] { $count } resources
}
landscape-cell-intro = The member initiatives, organisations, people and resources that provide expertise on this topic in this country.
landscape-cell-none = None yet.
landscape-cell-more = More resources on this topic
search-kind-organisation = Organisation
label-resource-cpv = CPV codes
hint-resource-cpv = Codes of the Common Procurement Vocabulary, at any level, separated by commas: 72000000-5, 33195100-4.
topics-title = Topics
topics-intro = Resources are tagged with the nine topics of the task force's curriculum and with the topics added here. A topic no resource uses can be removed.
topics-curriculum = The curriculum's topics
topics-added = Added topics
topics-none = No topic has been added yet.
topic-add = Add a topic
topic-remove = Remove { $name }
label-topic-en = Name in English
label-topic-fr = Name in French
label-topic-de = Name in German
flash-topic-added = The topic is added.
flash-topic-removed = The topic is removed.
flash-topic-in-use = Resources are tagged with this topic: it stays.
error-topic-needs-letters = Use letters or digits in the English name.
error-topic-in-use = Resources are tagged with this topic.
error-topic-curriculum = The curriculum's topics stay.
admin-topics = Topics
resource-delete = Delete this resource
resource-delete-title = Delete { $title }?
resource-delete-body = The resource, its versions and its attached files are deleted for good; it leaves the library and the search. Its translations stay. To take it off the library for a while, archive it instead.
flash-resource-deleted = The resource is deleted.

## Events
events-title = Events
events-intro = Webinars, trainings, workshops and meetings of the task force and its members. Register to get the join link and a calendar entry.
events-filter-label = Filter the events
events-found = { $count ->
    [one] One upcoming event
   *[other] { $n } upcoming events
}
events-found-past = { $count ->
    [one] One past event
   *[other] { $n } past events
}
events-upcoming = Upcoming events
events-past = Past events
events-feed = Calendar feed (iCalendar) of these events
event-new-title = New event
event-edit = Edit the event
event-edit-title = Edit { $title }
event-when = When
event-seats = { $taken } of { $capacity } seats taken
event-seats-unlimited = No seat limit
event-waiting-count = { $count ->
    [one] one person waiting
   *[other] { $n } people waiting
}
event-registration = Registration
event-register = Register
event-cancel-registration = Cancel my registration
event-sign-in-to-register = Sign in to register
event-join = Join the event online
event-add-to-calendar = Add to my calendar (.ics)
event-registration-confirmed = You are registered: your seat is confirmed.
event-registration-waiting = You are on the waiting list; you will get an e-mail if a seat frees up.
event-registration-cancelled = You cancelled your registration.
event-participants = Participants
event-participants-none = Nobody has registered yet.
event-participant-status = Registration
event-state-title = State of the event
event-state-draft = Draft
event-state-published = Published
event-state-cancelled = Cancelled
event-state-finished = Finished
event-to-draft = Take back to draft
event-to-published = Publish
event-to-cancelled = Cancel the event
event-to-finished = Mark as finished
event-kind-webinar = Webinar
event-kind-info-session = Information session
event-kind-training = Training
event-kind-workshop = Workshop
event-kind-conference = Conference
event-kind-matchmaking = Matchmaking event
event-kind-members-meeting = Members' updating meeting
event-format-online = Online
event-format-onsite = On site
event-format-hybrid = Hybrid
label-event-kind = Type of event
label-event-format = Format
label-event-venue = Venue
label-event-address = Address
label-event-join-link = Join link
hint-event-join-link = Only confirmed participants and the organisers see it.
label-time-zone = Time zone of the event
label-event-starts = Starts (local time of the event)
label-event-ends = Ends (local time of the event)
label-capacity = Seats
hint-capacity = Leave empty for no limit. When every seat is taken, people join a waiting list.
label-registration-opens = Registration opens
label-registration-closes = Registration closes
label-event-languages = Languages of the event
label-organiser = Organiser
flash-event-saved = The event is saved.
flash-event-registered = You are registered: your seat is confirmed.
flash-event-waiting = Every seat is taken: you are on the waiting list.
flash-event-already-registered = You are already registered for this event.
flash-event-registration-closed = Registration for this event is not open.
flash-event-cancelled-registration = Your registration is cancelled.
flash-event-not-registered = You were not registered for this event.
error-invalid-datetime = Enter a date and time, such as 2027-03-10T14:00.
error-time-does-not-exist = This time does not exist in the event's time zone (the clocks go forward then). Choose another time.
error-end-before-start = The end must come after the start.
error-closes-before-opens = Registration must close after it opens.
error-closes-after-end = Registration must close before the event ends.
error-invalid-capacity = Enter a whole number of seats from 1 to { $limit }, or leave it empty for no limit.
error-invalid-time-zone = Choose a time zone such as Europe/Brussels.
error-venue-needed = Give the venue or address of an event people attend on site.
error-event-not-open = This event is not open for registration.
error-registration-not-open-yet = Registration has not opened yet.
error-registration-closed = Registration is closed.
error-already-registered = You are already registered for this event.
error-not-registered = You are not registered for this event.
mail-event-promoted-subject = A seat is yours: { $event }
mail-event-promoted-body = A seat freed up at “{ $event }” and it is yours: you are no longer on the waiting list. If you cannot come, cancel your registration so that the next person gets it.
mail-event-open = Open the event
nav-events = Events
search-kind-event = Event
event-status-confirmed = Seat confirmed
event-status-waiting = Waiting list
event-status-cancelled = Cancelled
event-participant-since = Registered on
event-participants-csv = Download the participants (CSV)
event-remove-participant = Remove { $name }
flash-event-participant-removed = The participant is removed; the next person waiting has the seat.
mail-event-changed-subject = Changed: { $event }
mail-event-changed-body = The organisers changed “{ $event }”, which you registered for. Check the time, place and details on its page.
mail-event-cancelled-subject = Cancelled: { $event }
mail-event-cancelled-body = The organisers cancelled “{ $event }”, which you registered for.
calendar-title = My calendar feed
calendar-intro = A private address your calendar application can subscribe to: it lists the events you registered for, with the join link once your seat is confirmed. Anyone who has the address sees them, so keep it to yourself; make a new one if it leaked.
calendar-new = Here is your calendar's address. It is shown only now: copy it into your calendar application.
calendar-address = Address of your calendar feed
calendar-active = Your calendar feed is on. Its address was shown when you made it.
calendar-make = Make my calendar address
calendar-replace = Make a new address (the old one stops working)
calendar-stop = Stop my calendar feed
event-clashes-title = At the same time
event-clashes-intro = These published events take place at the same time for the same audience or on the same topic. Consider another time before you publish.
event-your-time = your time:
mail-event-confirmed-subject = Registered: { $event }
mail-event-confirmed-body = You are registered for “{ $event }” ({ $when }); your seat is confirmed. The join link is on the event's page once you sign in.
mail-event-waiting-subject = On the waiting list: { $event }
mail-event-waiting-body = Every seat of “{ $event }” ({ $when }) is taken: you are on the waiting list, and you will get an e-mail if a seat frees up.
mail-event-calendar = Add it to your calendar: { $url }

# Events: registration forms, invitations, attendance, certificates, calendars, members' meetings
calendar-view-title = Calendar of events
calendar-count = { $count ->
    [0] No event in this period.
    [one] One event in this period.
   *[other] { $count } events in this period.
}
calendar-list-view = List view
calendar-month-view = Month view
calendar-week-view = Week view
calendar-nav-label = Calendar periods
calendar-next-month = Next month
calendar-prev-month = Previous month
calendar-next-week = Next week
calendar-prev-week = Previous week
calendar-no-events = No event
calendar-week-of = Week of { $from } to { $to }
certificate-title = Certificate of attendance
certificate-certifies = This certifies that
certificate-attended = attended the event
certificate-duration = Duration (hours:minutes)
certificate-issued = Issued on
certificate-print = Print
certificate-verify = Anyone can check this certificate at { $url }
event-absent = Absent
event-agenda-caption = Agenda (times in { $zone })
event-agenda-time = Time ({ $zone })
event-session = Session
event-speaker = Speaker
event-approval-auto = Automatic: a seat while one is free
event-approval-organisers = The organisers approve each registration
event-approval-note = The organisers approve each registration; you will get an e-mail with their decision.
event-approve-participant = Approve { $name }
event-reject-participant = Reject { $name }
event-attendance-title = Attendance
event-attendance-hint = Tick those who came; the others are recorded absent.
event-attendance-save = Save attendance
event-attendance-rate = Attendance rate
event-attended = Attended
event-not-recorded = Not recorded
event-average-rating = Average rating { $average } out of 5, from { $count } answers.
event-back = Back to the event
event-certificate-issued = certificate issued
event-certificates = Certificates issued
event-certificates-issue = Issue certificates of attendance to those present
event-comments = Comments
event-count = How many
event-feedback-send = Send my feedback
event-feedback-title = Your feedback on { $title }
event-give-feedback = Give your feedback on this event
event-invitation-claimed = Registered
event-invitation-kept = Seat kept
event-invitation-withdraw = Withdraw the invitation of { $name }
event-invitations-intro = Each invited address keeps a seat until its person registers; invited people need no approval.
event-invitations-none = No one is invited yet.
event-invitations-title = Invitations to { $title }
event-invite = Invite
event-invite-more = Invite people
event-material = Slides and recordings
event-resource-link = Link
event-resource-link-label = Link a published resource
event-resource-unlink = Unlink { $name }
event-message-recipients = { $count ->
    [one] one recipient
   *[other] { $count } recipients
}
event-message-send = Send
event-message-title = Write to the participants of { $title }
event-message-to-confirmed = Participants with a confirmed seat
event-message-to-everyone = Everyone registered, waiting list included
event-messages-sent = Messages sent
event-my-certificate = Your certificate of attendance
event-no-feedback = No feedback yet.
event-question-n = Question { $n }
event-questions-intro = Ask what you need to know at registration. Leave a row empty to skip it; empty a question's text to remove it.
event-questions-title = Registration form of { $title }
event-rating-n = { $n } out of 5
event-register-title = Register for { $title }
event-reminder-days = { $n } days before
event-reminder-hours = { $n ->
    [one] 1 hour before
   *[other] { $n } hours before
}
event-reminder-minutes = { $n } minutes before
event-status-pending = Awaiting approval
event-status-rejected = Rejected
event-registration-pending = Your registration awaits the organisers' approval.
event-registration-rejected = The organisers did not accept your registration.
event-summary-attendance = Attendance
event-summary-feedback = Feedback
event-summary-registrations = Registrations
event-summary-title = Results of { $title }
event-tools = Organise
event-tools-invitations = Invitations and reserved seats
event-tools-message = Write to the participants
event-tools-questions = { $count ->
    [0] Registration form (no question yet)
    [one] Registration form (one question)
   *[other] Registration form ({ $count } questions)
}
event-tools-summary = Results: registrations, attendance, feedback
event-with = with { $names }
hint-agenda = One session per line: 09:00-10:30 | Title | Speaker (add the date first, 2027-03-11 09:00-10:30, for events of several days). Times are in the event's time zone.
hint-co-organisers = Their editors and members can manage the event with you.
hint-feedback-comment = What was useful, what was missing. The organisers see comments without your name.
hint-invite-emails = E-mail addresses, separated by spaces, commas or lines.
hint-question-choices = For single and multiple choice: one choice per line.
hint-speakers = One speaker per line: Name | role and organisation
label-action = Action
label-action-due = Due date
label-action-owner = Owner
label-action-status = Status
label-agenda = Agenda
label-agenda-detail = Details
label-agenda-item = Agenda item
label-co-organisers = Co-organisers
label-comment = Comment
label-event-approval = Registration
label-invite-emails = Addresses to invite
label-message-to = To
label-question = Question
label-question-choices = Choices
label-question-kind = Kind of answer
label-question-required = An answer is required
label-rating = Rating
label-reminders = Reminder e-mails
label-speakers = Speakers
mail-event-certificate-open = Open your certificate
mail-event-feedback-open = Give your feedback
mail-event-invited-subject = Invitation: { $event }
mail-event-invited-body = You are invited to “{ $event }” ({ $when }). A seat is kept for you: register on the event's page with an account under this address.
mail-event-message-intro = A message from the organisers of “{ $event }”:
mail-event-pending-subject = Registration received: { $event }
mail-event-pending-body = We received your registration for “{ $event }” ({ $when }). The organisers approve each registration; you will get their decision by e-mail.
mail-event-approved-subject = Approved: { $event }
mail-event-approved-body = The organisers approved your registration for “{ $event }” ({ $when }); your seat is confirmed.
mail-event-approved-waiting-subject = Approved, on the waiting list: { $event }
mail-event-approved-waiting-body = The organisers approved your registration for “{ $event }” ({ $when }), but every seat is taken: you are on the waiting list and will get an e-mail if a seat frees up.
mail-event-rejected-subject = Registration not accepted: { $event }
mail-event-rejected-body = The organisers of “{ $event }” could not accept your registration.
mail-event-reminder-subject = Reminder: { $event }
mail-event-reminder-body = “{ $event }” takes place { $when }. The calendar file is attached; the join link is on the event's page.
mail-event-feedback-subject = Your feedback: { $event }
mail-event-feedback-body = Thank you for taking part in “{ $event }”. Two minutes of feedback (a rating and a comment) help the organisers do better.
mail-event-certificate-subject = Certificate of attendance: { $event }
mail-event-certificate-body = Your certificate of attendance of “{ $event }” is ready. Print it from its page; its address lets anyone check it.
meeting-action-add = Record an action item
meeting-action-edit-title = Action item: { $title }
meeting-action-title = Action item from { $title }
meeting-actions = Action items
meeting-actions-all = Action items of all members' meetings
meeting-actions-intro = What members agreed to do, from meeting to meeting, open items first by due date.
meeting-actions-none = No action item.
meeting-from = Meeting
meeting-items = Proposed agenda items
meeting-items-none = No item proposed yet.
meeting-minutes = Minutes
meeting-minutes-none = No minutes yet.
meeting-minutes-title = Minutes of { $title }
meeting-minutes-write = Write the minutes
meeting-propose = Propose an agenda item
meeting-propose-title = Propose an agenda item for { $title }
question-kind-short = Short text
question-kind-long = Long text
question-kind-single = Single choice
question-kind-multiple = Multiple choice
question-kind-yesno = Yes or no
action-status-open = Open
action-status-done = Done
action-status-dropped = Dropped
flash-event-pending = Your registration is received; the organisers will approve it.
flash-event-questions-saved = The registration form is saved.
flash-event-invited = The invitations are sent; their seats are kept.
flash-event-invitation-withdrawn = The invitation is withdrawn.
flash-event-participant-approved = The registration is approved.
flash-event-not-pending = This registration is not awaiting approval.
flash-event-participant-rejected = The registration is rejected.
flash-event-attendance-saved = Attendance is saved.
flash-event-attendance-not-open = Attendance can be recorded from an hour before the start.
flash-event-certificates-issued = Certificates are issued to those present and sent by e-mail.
flash-event-message-sent = Your message is on its way.
flash-event-resource-linked = The resource is linked to the event.
flash-event-resource-invalid = Choose a published resource.
flash-event-resource-unlinked = The resource is no longer linked.
flash-event-feedback-thanks = Thank you for your feedback.
flash-event-feedback-closed = Feedback is for participants, once the event is over.
flash-meeting-item-added = Your agenda item is proposed.
flash-meeting-agenda-closed = The meeting has begun: items can no longer be proposed.
flash-meeting-minutes-saved = The minutes are saved.
flash-meeting-action-saved = The action item is saved.
error-too-many-questions = A form has at most { $limit } questions.
error-question-label-needed = Question { $name } needs a text.
error-question-kind-invalid = Choose the kind of answer of “{ $name }”.
error-question-choices-needed = “{ $name }” needs 2 to 20 different choices, one per line.
error-answer-required = Answer “{ $name }”: an answer is required.
error-answer-invalid = The answer to “{ $name }” is not one of the choices or is too long.
error-speaker-invalid = Check the speaker “{ $name }”: a name (at most 200 characters), then the role.
error-session-time-invalid = Give the session “{ $name }” its times as 09:00-10:30.
error-session-ends-before-start = The session “{ $name }” ends before it starts.
error-session-title-needed = Each session of the agenda needs a title.
error-invalid-email-in-list = “{ $name }” is not an e-mail address.
error-too-many-invitations = Invitations cannot keep more seats than the event has ({ $limit }).
error-invalid-rating = Choose a rating from 1 to 5.
error-attendance-not-open = Attendance can be recorded from an hour before the start.
error-not-a-participant = Person { $name } holds no confirmed seat at this event.
error-feedback-not-a-participant = Only participants who held a seat can give feedback.
error-feedback-not-open = Feedback opens when the event is over.
error-agenda-closed = The meeting has begun: items can no longer be proposed.
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
error-registration-not-pending = This registration is not awaiting approval.
error-question-label-too-long = Question { $name } is too long: 300 characters at most.

# Challenges
challenges-title = Challenges
challenges-intro = Unmet needs of public buyers, described as problems to solve, not specifications.
challenges-filter-label = Filter challenges
challenges-found = { $count ->
    [0] No challenge matches.
    [one] One challenge.
   *[other] { $count } challenges.
}
challenge-new-title = Publish a challenge
challenge-edit = Edit the challenge
challenge-edit-title = Edit { $title }
challenge-interest-until = Expressions of interest until { $name }
challenge-log = Public log
challenge-log-none = Nothing recorded yet.
challenge-log-state = Now: { $name }
challenge-log-change = Changed: { $name }
challenge-observe = { $name } has this need too
challenge-observe-stop = { $name } no longer follows this need
challenge-observers = Buyers with the same need
challenge-observers-none = No other buyer has said so yet.
challenge-route-unknown = Not decided yet
challenge-state-title = Move the challenge on
challenge-trl-n = TRL { $n }
hint-cpv-codes = CPV 2008 codes separated by commas, such as 33195100-4 (the check digit may be left out).
hint-nuts-code = A NUTS 2021 code of the country, such as BE21.
hint-outcomes = What must be better, and how you will measure it.
hint-problem = Describe the problem, not the solution you imagine.
hint-question-deadline = Until when suppliers may ask questions; the interest deadline if left empty.
hint-trl = Technology readiness level, 1 (basic research) to 9 (proven in operation).
label-accepted-languages = Accepted languages
label-budget = Budget
label-budget-min = Budget from
label-budget-max = Budget up to
label-buyer = Buyer
label-challenge-title = Title of the challenge
label-confidentiality = Confidentiality
label-constraints = Constraints
label-consultation-on = Expected market consultation
label-context = Context and current situation
label-cpv-codes = CPV codes
label-cpv-division = CPV division
label-challenge-state = State
label-currency = Currency
label-interest-deadline = Deadline for expressions of interest
label-ip-terms = Intellectual property
label-outcomes = Desired outcomes and indicators
label-problem = Problem statement
label-procurement-on = Expected launch of the procurement
label-question-deadline = Deadline for questions
label-route = Intended procurement route
label-trl = Expected maturity (TRL)
label-trl-min = Maturity from
label-trl-max = Maturity up to
challenge-state-draft = Draft
challenge-state-open = Open
challenge-state-consultation = In market consultation
challenge-state-procurement = Procurement launched
challenge-state-awarded = Closed: awarded
challenge-state-not-awarded = Closed: not awarded
challenge-state-cancelled = Closed: cancelled
challenge-to-open = Publish (open)
challenge-to-consultation = Start the market consultation
challenge-to-procurement = The procurement is launched
challenge-to-awarded = Close: awarded
challenge-to-not-awarded = Close: not awarded
challenge-to-cancelled = Close: cancelled
challenge-to-draft = Back to draft
challenge-route-pcp = Pre-commercial procurement (PCP)
challenge-route-ppi = Public procurement of innovative solutions (PPI)
challenge-route-innovation-partnership = Innovation partnership
challenge-route-competitive-dialogue = Competitive dialogue
challenge-route-competitive-negotiation = Competitive procedure with negotiation
challenge-route-open = Open procedure
challenge-route-restricted = Restricted procedure
challenge-part-title = title
challenge-part-problem = problem statement
challenge-part-context = context
challenge-part-outcomes = outcomes
challenge-part-constraints = constraints
challenge-part-sectors = sectors
challenge-part-cpv = CPV codes
challenge-part-budget = budget
challenge-part-timeline = timeline
challenge-part-trl = maturity
challenge-part-route = procurement route
challenge-part-place = place
challenge-part-languages = languages
challenge-part-ip_terms = intellectual property
challenge-part-confidentiality = confidentiality
flash-challenge-saved = The challenge is saved.
flash-challenge-state-not-allowed = The challenge cannot move to that state from where it is.
flash-challenge-observing = Noted: your organisation has this need too.
flash-challenge-not-observing = Your organisation no longer follows this need.
error-invalid-cpv = “{ $name }” is not a CPV 2008 code, or its check digit is wrong.
error-invalid-trl = Choose a maturity level from 1 to 9.
error-trl-min-above-max = The lowest maturity is above the highest.
error-budget-min-above-max = The lowest budget is above the highest.
error-deadline-in-past = This deadline is in the past.
error-questions-after-interest = Questions must close by the deadline for expressions of interest.
error-procurement-before-consultation = The procurement cannot start before the market consultation.
error-challenge-closed = This challenge is closed and can no longer be changed.
error-challenge-state-not-allowed = From “{ $name }”, the challenge cannot move to that state.
error-challenge-not-open = This challenge is not open.

## Solutions, matching and CPV help (issue 10)
nav-challenges = Challenges
nav-solutions = Solutions
solutions-title = Solutions
solutions-intro = What innovative suppliers can do: profiles of solutions and capabilities, some published anonymously until the supplier accepts a buyer's contact request.
solutions-filter-label = Filter solutions
solutions-found = { $count ->
    [0] No solution matches.
    [one] One solution.
   *[other] { $count } solutions.
}
solution-new-title = Publish a solution
solution-edit-title = Edit “{ $title }”
solution-edit = Edit the profile
solution-saved = Solution profile saved.
flash-solution-saved = Solution profile saved.
solution-state-draft = Draft
solution-state-published = Published
solution-state-archived = Archived
solution-to-draft = Take back to draft
solution-to-published = Publish
solution-to-archived = Archive
solution-state-title = Publication
solution-countries-any = Any EU country
solution-anonymous = An anonymous supplier
solution-anonymous-badge = Anonymous
solution-eic = EIC-supported
solution-trl-at-least = TRL { $n } or more
solution-matches = Challenges this solution matches
label-eic-only = EIC-supported suppliers only
label-country-served = Country served
label-supplier = Supplier
label-solution-title = Name of the solution
label-solution-summary = What it does
label-solution-problem = The problem it solves
label-countries-served = Countries served
hint-countries-served = None ticked: any EU country.
label-regions-served = NUTS regions served
hint-nuts-codes = NUTS 2021 codes separated by commas, e.g. BE21, FR10; only if narrower than the countries.
label-references = References and deployments
label-certifications = Certifications
label-working-languages = Working languages
label-anonymous = Anonymity
label-anonymous-yes = Publish anonymously
hint-anonymous = Buyers see the profile but not your company until you accept their contact request.
contact-title = Contact the supplier
contact-requested-by = Request of { $name }
label-on-behalf-of = On behalf of
label-contact-message = Message to the supplier
contact-request = Ask for contact
contacts-title = Contact requests
contacts-none = No contact request yet.
contact-accept = Accept
contact-decline = Decline
contact-state-pending = waiting for the supplier
contact-state-accepted = accepted
contact-state-declined = declined
flash-contact-requested = Your request was sent to the supplier.
flash-contact-already-requested = Your organisation has already asked for contact.
flash-contact-message-required = Write a message to the supplier.
flash-contact-accepted = Request accepted: the buyer now sees your company.
flash-contact-declined = Request declined.
flash-contact-already-decided = This request was already answered.
error-contact-already-requested = Your organisation has already asked for contact with this supplier.
error-contact-already-decided = This request was already answered.
mail-contact-request-subject = { $name } asks for contact about “{ $solution }”
mail-contact-request-body = { $name } would like to be put in contact with you about your solution “{ $solution }”. Accept to show them your company, or decline.
mail-contact-request-message = Their message: { $message }
mail-contact-request-open = Open the solution
mail-contact-accepted-subject = Contact accepted: “{ $solution }”
mail-contact-accepted-body = The supplier of “{ $solution }” accepted your request: it is { $name }.
mail-contact-declined-subject = Contact declined: “{ $solution }”
mail-contact-declined-body = The supplier of “{ $solution }” declined your request.
challenge-matches = Solutions that match this challenge
matches-none = No match yet.
match-score = match { $name }
match-why-words = Same words: { $name }
match-why-cpv-division = Same CPV division { $code } { $name }
match-why-cpv-group = Same CPV group { $code } { $name }
match-why-cpv-class = Same CPV class { $code } { $name }
match-why-cpv-category = Same CPV category { $code } { $name }
match-why-cpv-subcategory = Same CPV code { $code } { $name }
match-why-cpv-read = (read from the text)
match-why-sectors = Same sector: { $name }
match-why-trl-within = TRL { $trl }, within the expected { $min }–{ $max }
match-why-trl-below = TRL { $trl }, below the expected { $min }–{ $max }
match-why-trl-above = TRL { $trl }, beyond the expected { $min }–{ $max }
match-why-geography = Serves the buyer's country
match-why-languages = Works in { $name }
cpv-title = CPV codes
cpv-intro = The Common Procurement Vocabulary (CPV) classifies what public buyers purchase: 9,454 codes in a hierarchy of divisions, groups, classes and categories. Search them by words or digits, or let the hub suggest codes from your text.
cpv-search-label = Search the CPV codes
cpv-search-hint = Words of the label (in the language of this page) or the first digits of a code.
cpv-found = { $count ->
    [0] No code found.
    [one] One code.
   *[other] { $count } codes (at most 50 shown).
}
cpv-suggest-title = Suggest codes from a text
cpv-suggest-label = Your challenge or solution, in any EU language
cpv-suggest-submit = Suggest codes
cpv-suggest-language = Read in { $name }. Best first:
cpv-suggest-none = No code found for this text.
cpv-suggest-because = because of: { $name }
cpv-divisions = Divisions
cpv-hierarchy = Place in the hierarchy
cpv-children = Codes below
cpv-labels = In the 24 EU languages
cpv-level-division = division
cpv-level-group = group
cpv-level-class = class
cpv-level-category = category
cpv-level-subcategory = subcategory
search-kind-challenge = Challenge
search-kind-solution = Solution

## Expressions of interest and clarification questions (issue 10)
interests-title = Expressions of interest
interest-express = Express interest
interest-submit = Send the expression of interest
label-linked-solution = Solution
label-pitch = Your pitch
hint-pitch = Up to 3,000 characters. The buyer sees your organisation with it.
label-decline-message = Message to the supplier
interest-buyer-message = The buyer's message: { $message }
interest-state-submitted = submitted
interest-state-shortlisted = shortlisted
interest-state-declined = declined
interest-state-invited = invited to co-creation
interest-to-shortlisted = Shortlist
interest-to-declined = Decline
interest-to-invited = Invite to co-creation
flash-interest-expressed = Your expression of interest was sent to the buyer.
flash-interest-decided = Decision saved; the supplier has been told.
flash-interest-closed = Expressions of interest are closed for this challenge.
flash-interest-already-expressed = Your organisation has already expressed interest.
flash-interest-decision-not-allowed = This expression of interest cannot take that decision now.
error-interest-closed = Expressions of interest are closed for this challenge.
error-interest-already-expressed = Your organisation has already expressed interest in this challenge.
error-interest-decision-not-allowed = An expression of interest that is { $name } cannot take that decision.
questions-title = Clarification questions
questions-intro = Suppliers may ask until { $name }. Every answer is published here for all, the asker shown only as “a supplier” (equal treatment).
questions-none = No clarification question yet.
question-asked = A supplier asked on { $name }:
question-answered = Answer of { $name }:
question-unanswered = Not answered yet.
label-public-answer = Public answer
hint-public-answer = Everyone sees it, and everyone interested is told by e-mail.
question-answer = Publish the answer
label-clarification-question = Your clarification question
hint-question = Published with its answer; your organisation is not shown.
question-ask = Ask
flash-question-asked = Your question was sent; its answer will be public.
flash-question-answered = Answer published; everyone interested has been told.
flash-questions-closed = Clarification questions are closed for this challenge.
flash-already-answered = This question was already answered.
error-questions-closed = Clarification questions are closed for this challenge.
error-already-answered = This question was already answered.
challenge-log-question = A supplier asked a clarification question
challenge-log-answer = A clarification question was answered
mail-challenge-open = Open the challenge
mail-interest-subject = { $name } expressed interest in “{ $challenge }”
mail-interest-body = { $name } expressed interest in your challenge “{ $challenge }”. Their pitch:
mail-interest-message = The buyer's message: { $message }
mail-interest-shortlisted-subject = Shortlisted: “{ $challenge }”
mail-interest-shortlisted-body = The buyer shortlisted your expression of interest in “{ $challenge }”.
mail-interest-declined-subject = Not retained: “{ $challenge }”
mail-interest-declined-body = The buyer did not retain your expression of interest in “{ $challenge }”.
mail-interest-invited-subject = Invitation to co-create: “{ $challenge }”
mail-interest-invited-body = The buyer invites you to the co-creation space of “{ $challenge }”.
mail-question-subject = A clarification question about “{ $challenge }”
mail-question-body = A supplier asked a clarification question about your challenge “{ $challenge }”. Your answer will be published to everyone:
mail-answer-subject = New answer: “{ $challenge }”
mail-answer-body = The buyer answered a clarification question about “{ $challenge }”. The answer is public.
mail-answer-question = Question of a supplier: { $message }
mail-answer-answer = Answer: { $message }
mail-change-subject = Changed: “{ $challenge }”
mail-change-body = The buyer changed the challenge “{ $challenge }”: { $name }.

## Co-creation space (issue 10)
space-open = Co-creation space
space-title = Co-creation: { $name }
space-intro = Private to the buyer and the suppliers it invited. Every contact here is kept in the record below.
space-threads = Threads
space-threads-none = No thread yet.
space-reply = Reply
space-send = Send
space-new-thread = Start a thread
space-files = Shared files
space-files-none = No file shared yet.
space-share-file = Share the file
space-milestones = Milestones
space-milestones-none = No milestone yet.
milestone-state-planned = planned
milestone-state-done = done
milestone-state-dropped = dropped
milestone-to-done = Mark “{ $name }” done
milestone-to-dropped = Drop “{ $name }”
milestone-to-planned = Plan “{ $name }” again
label-milestone = Milestone
label-due-on = Due on
space-add-milestone = Add the milestone
space-record = Record of contacts
space-record-intro = Who did what in this space, and when, for the record of the procedure.
space-record-none = No contact yet.
space-record-when = When
space-record-who = Who
space-record-what = What
space-record-thread = Started the thread “{ $name }”
space-record-post = Wrote in “{ $name }”
space-record-file = Shared the file { $name }
space-record-milestone = Set the milestone { $name }
space-record-milestone-done = Marked “{ $name }” done
space-record-milestone-dropped = Dropped “{ $name }”
space-record-milestone-planned = Planned “{ $name }” again
flash-space-saved = Saved.
mail-space-open = Open the co-creation space
mail-space-post-subject = New in “{ $name }”: { $challenge }
mail-space-post-body = A new message in the thread “{ $name }” of the co-creation space of “{ $challenge }”:
error-too-many-space-files = A co-creation space holds at most { $limit } files.

## Common needs, buyers' groups, feed (issue 10)
challenges-feed = Feed of these challenges (Atom)
common-needs-title = Common needs
common-needs-intro = Open challenges of different buyers that describe the same need, found by the hub across languages. Their buyers can form a buyers' group and buy together.
common-needs-none = No common need found yet.
common-need-buyers = { $n ->
    [one] One buyer
   *[other] { $n } buyers
}
challenge-common-need = Other buyers with this need
buyer-group-form = Form a buyers' group as { $name }
label-buyer-group-name = Name of the group
buyer-group-invite = Invite { $name }
buyer-group-create = Form the group
buyer-group-lead = Lead buyer: { $name }
cross-border = cross-border
buyer-group-members = Buyers
buyer-group-state-invited = invited
buyer-group-state-member = member
buyer-group-make-lead = Make { $name } the lead buyer
buyer-group-invited = { $name } is invited to this group
buyer-group-accept = Accept
buyer-group-decline = Decline
buyer-group-joint = Joint challenge
buyer-group-joint-none = No joint challenge yet. The lead buyer opens it once at least two buyers are members.
buyer-group-joint-open = Open the joint challenge
buyer-group-joint-title = Joint challenge of { $name }
buyer-group-invite-more = Invite another public buyer
label-public-buyer = Public buyer
buyer-group-send-invitation = Send the invitation
challenge-joint-by = Joint procurement by { $name }
flash-buyer-group-saved = Saved.
flash-already-in-group = That buyer is already in the group or invited.
flash-not-invited = There is no invitation to answer.
flash-joint-challenge-exists = The group already has its joint challenge.
flash-group-too-small = A joint challenge needs at least two member buyers.
error-already-in-group = That buyer is already in the group or invited.
error-not-invited = There is no invitation to answer.
error-joint-challenge-exists = The group already has its joint challenge.
error-group-too-small = A joint challenge needs at least two member buyers.
mail-buyer-group-open = Open the buyers' group
mail-buyer-group-invited-subject = Invitation to the buyers' group “{ $name }”
mail-buyer-group-invited-body = Your organisation is invited to join the buyers' group “{ $name }” to procure together. Accept or decline on its page.

dashboard-matches = Matches for your challenges and solutions
match-new = new

challenge-part-attachments = attachments
cpv-suggested-title = CPV codes your text suggests
cpv-suggested-intro = Read from the text in its own language; add those that fit, or look for others in the picker.
cpv-add = Add { $name }
challenge-files = Attachments
challenge-files-none = No attachment.
challenge-attach = Attach the document
