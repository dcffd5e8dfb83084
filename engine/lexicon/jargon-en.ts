/**
 * English jargon → plain words. Format and matching: see jargon.ts; sources and licences: SOURCES.md.
 * Written for Trustlens from the public lists named in the `#` lines (not copied files).
 */
export default `# plainlanguage.gov "Use simple words and phrases" (US government, public domain); retext-simplify (MIT) is based on it
a number of|some
accede to|agree to, allow
accelerate|speed up
accordingly|so
accrue|add up, gain
acquiesce|agree
adjacent to|next to
admissible|allowed
advantageous|helpful
adversely impact|hurt, harm
advise|tell
aforementioned|this, these
alleviate|ease, reduce
allocate|give, divide
along the lines of|like
ameliorate|improve
approximately|about
as prescribed by|under
ascertain|find out, learn
assistance|help
at the present time|now
at this point in time|now
by means of|by, with
by virtue of|by, under
caveat|warning
cease|stop
commence|start, begin
comply with|follow
comprise|make up, include
consequently|so
consolidate|combine, join
deem|think, consider
disclose|show, tell
discontinue|stop
due to the fact that|because
eliminate|remove, end
endeavor,endeavour|try
evaluate|check, test
expedite|hurry, speed up
expeditious|fast, quick
expend|spend
expenditure|spending
expiration|end
facilitate|help, ease
feasible|possible
finalize,finalise|finish, complete
for a period of|for
for the purpose of|to, for
forfeit|give up, lose
forthwith|now, at once
furnish|give, send
has a requirement for|needs
herein|here
heretofore|until now
herewith|with this, here
implement|carry out, do
in a timely manner|on time, promptly
in accordance with|under, by
in all likelihood|probably
in an effort to|to
in excess of|more than
in lieu of|instead of
in light of the fact that|because
in order that|so
in order to|to
in regard to,in regards to|about
in the event of,in the event that|if
in the near future|soon
inception|start
incumbent upon|must
initiate|start
it is essential|must, need to
it is requested|please
minimize,minimise|reduce, cut
nevertheless|still, but
not in a position to|unable to, cannot
notify|tell, let know
notwithstanding|despite, still
obtain|get
on a regular basis|regularly
on the grounds that|because
owing to the fact that|because
parameters|limits, settings
pertaining to|about, of
pertain to|apply to, be about
prior to|before
prioritize,prioritise|rank, focus on
proceed|go on, continue
procure|get, buy
provided that|if
pursuant to|under
remuneration|pay, payment
submit|send, give
subsequently|later, then
sufficient|enough
terminate|end, stop
termination|end
thereafter|then, after that
therein|there
thereof|its, of it
timely|prompt, on time
to the extent that|if, when
transmit|send
under the provisions of|under
until such time as|until
utilization,utilisation|use
utilize,utilise|use
validate|check, confirm
whereas|because, since
with reference to|about
with regard to|about
with respect to|about
with the exception of|except
a great deal of|much, a lot of
aforesaid|this, that
apprise|tell
cognizant,cognisant|aware
disbursement|payment
henceforth|from now on
hitherto|until now
inasmuch as|since, because
nonetheless|still, but
prerequisite|requirement
pursuant|under
thereby|so, by this
whereby|by which
with a view to|to
# 18F Content Guide, "Words to avoid" (CC0 1.0)
leverage|use
deploy|use, put in place
empower|let, help
foster|encourage
incentivize,incentivise|encourage
disincentivize,disincentivise|discourage
collaborate|work with
robust|strong
streamline|simplify
onboarding|getting started
going forward|from now on
seamless|smooth
liaise|work with, talk to
# retext-equality (MIT): neutral alternatives
blacklist|blocklist
whitelist|allowlist
chairman|chair, chairperson
salesman|salesperson
mankind|humanity, people
manpower|staff, workforce
spokesman|spokesperson
# Trustlens: sign-in, forms and errors (written for Trustlens, MIT)
authenticate|sign in
authentication|sign-in, check who you are
re-authenticate,reauthenticate|sign in again
credentials|username and password
mandatory|required
obligatory|required
compulsory|required
requisite|needed, required
salutation|title
honorific|title
forename|first name
given name|first name
family name|last name
addressee|recipient
domicile|home
residential address|home address
place of residence|where you live
correspondence address|postal address
alphanumeric|letters and numbers
special character,special characters|symbol (like ! or #)
case-sensitive|capital letters matter
invalid input|please check this
invalid format|check the format
validation error|please check this
field is required|please fill this in
session expired,session has expired|you were signed out
token expired|the link or code expired
verification code|code
verify|check, confirm
verification|check
one-time password|one-time code
OTP|one-time code
two-factor authentication|two-step sign-in
multi-factor authentication|two-step sign-in
2FA|two-step sign-in
MFA|two-step sign-in
single sign-on|one login for several sites
SSO|one login for several sites
deactivate|turn off, close
configure|set up
configuration|settings
functionality|features
navigate to|go to
user interface|screen
opt in,opt-in|choose to get
opt out,opt-out|say no, stop
# Trustlens: payment and checkout (written for Trustlens, MIT)
CVV,CVV2,CVC,CVC2,CID,CSC,CVN|security code on the back of your card
card verification value|security code on the back of your card
card verification code|security code on the back of your card
card security code|security code on the back of your card
primary account number|card number
cardholder|name on card
cardholder name|name on card
remittance|payment
remit|pay, send
payee|person you pay
settlement|payment
transaction|payment
transaction declined|payment did not go through
insufficient funds|not enough money in the account
pre-authorization,pre-authorisation,preauthorization|temporary hold on your card
authorization hold,authorisation hold|temporary hold on your card
chargeback|card payment reversal
3-D Secure,3D Secure|extra check by your bank
PCI DSS,PCI-DSS|card security rules
PCI compliant,PCI-compliant|meets card security rules
tokenization,tokenisation|replacing card numbers with a code
merchant|shop, seller
vendor|seller
payment gateway|payment page
payment service provider|payment company
IBAN|bank account number (IBAN)
BIC,SWIFT code|bank code
direct debit mandate|permission to take payments
recurring billing|automatic payments
auto-renewal,automatic renewal|renews automatically
prorated,pro-rated|charged only for the part you use
proration|charging only for the part you use
pro rata|in proportion
billing cycle|billing period
gratuity|tip
surcharge|extra charge
consignment|delivery, parcel
consignee|recipient
consignor|sender
dispatch,despatch|send
dispatched,despatched|sent
fulfillment,fulfilment|packing and sending
waybill|delivery note
proof of delivery|delivery confirmation
lead time|waiting time
backorder,back-order|not in stock yet
backordered,back-ordered|not in stock yet, ships later
SKU|item number
merchandise|goods, products
RMA|return number
return merchandise authorization,return material authorization|return number
restocking fee|return fee
reimbursement|refund, repayment
reimburse|pay back
complimentary|free
complimentary shipping|free delivery
expedited shipping|fast delivery
promotional code,promo code|discount code
redeem|use
redemption|using
eligible|can get
eligibility|who can get it
ineligible|cannot get
where applicable|if it applies
applicable|that applies
subject to availability|while stock lasts
subject to change|may change
purchase|buy
is required to,are required to|must
it is recommended that|we recommend
please be advised|(leave out)
kindly|please
at your earliest convenience|as soon as you can
upon receipt|when you get it
# Trustlens: legal and privacy wording (written for Trustlens, MIT)
hereinafter|from now on, called
hereby|(leave out)
hereto|to this
hereunder|below, under this
thereto|to it
wherein|in which
null and void|invalid
indemnify|pay for losses
indemnification|paying for losses
indemnity|payment for losses
hold harmless|not blame
liable|responsible
liability|responsibility
limitation of liability|limits on what we pay for
waive|give up
waiver|giving up a right
forgo|give up
jurisdiction|courts, country whose law applies
governing law|which law applies
arbitration|settling disputes outside court
binding arbitration|settling disputes outside court
force majeure|events beyond our control
covenant|promise
stipulate|say, require
stipulation|condition
statutory rights|legal rights
inter alia|among other things
mutatis mutandis|with the needed changes
bona fide|real, genuine
vis-à-vis,vis-a-vis|compared with, about
per annum|a year, per year
per diem|per day
irrevocable|final, cannot be undone
irrevocably|permanently
unilaterally|on our own
consent|agreement, permission
data subject|you
data controller|company responsible for your data
data processor|company handling your data for us
processing of personal data|use of your data
personally identifiable information|personal details
PII|personal details
personal data|your details
third parties|other companies
third-party|other companies'
affiliates|related companies
legitimate interest,legitimate interests|our business reasons
lawful basis|legal reason
right to erasure|right to have your data deleted
rectification|correction
right of withdrawal|right to cancel
cooling-off period|time to change your mind
severability|if one part is invalid, the rest still applies
`;
