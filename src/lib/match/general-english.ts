/**
 * General English: the most frequent words of the language, for telling a skill named by one word
 * ("phlebotomy", "telematics") from an everyday one ("points", "stores", "audience"). Derived from
 * the SCOWL word lists by Kevin Atkinson (levels 10 and 20, American and British spellings: the
 * 1,000 most common words of the Moby Words II frequency list and frequency classes 7-16 of Brian
 * Kelk's "UK English Wordlist with Frequency Classification"), keeping words of four letters or
 * more, without past forms and without plurals whose singular is listed (the lookup strips them).
 *
 * SCOWL: Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and
 * sell these word lists, the associated scripts, the output created from the scripts, and its
 * documentation for any purpose is hereby granted without fee, provided that the above copyright
 * notice appears in all copies and that both that copyright notice and this permission notice
 * appear in supporting documentation. Kevin Atkinson makes no representations about the
 * suitability of this array for any purpose. It is provided "as is" without express or implied
 * warranty. (Moby Words II and Brian Kelk's list are in the public domain.)
 */
const WORDS = `
aardvark abandon abandoning abbreviate abbreviating abbreviation abide ability able abnormal
abnormally abolish abolishing abolition abort aborting abortion about above abroad absence
absent absolute absolutely absorb absorbing abstract abstraction absurd abuse abusing abusive
abysmal academic accelerate accent accept acceptable acceptance accepting access accessible
accessing accident accidental accidentally accommodate accommodation accompany accompanying
accomplish accomplishing accord accordance according accordingly account accountant accounting
accumulate accumulating accuracy accurate accurately accusation accuse accusing accustom
accustoming achieve achievement achieving acid acknowledge acknowledging acorn acoustic
acquaintance acquire acquiring acquisition acronym across acting action activate activating
active actively activity actor acts actual actually acute adapt adaptation adapter adapting
adaptor addict addicting addictive adding addition additional additionally address addressing
adds adequate adequately adhere adhering adjacent adjective adjust adjusting adjustment
administer administering administration administrative admirable admiration admire admission
admit admittedly admitting adopt adopting adoption adult advance advancing advantage
advantageous advent adventure adventurous adverse adversely advert advertise advertisement
advertising advice advisable advise adviser advising advisor advisory advocate advocating aerial
aesthetic aesthetically affair affect affecting affection afford afraid after afternoon
afterwards again against ageing agency agenda agent ages aggressive aging agony agree agreed
agreeing agreement agricultural ahead aiding aids aiming aims aircraft airport akin alarm
alarming alas albeit album alcohol alcoholic alert algebra algebraic algorithm alias alien align
aligning alignment alike alive allegation allege allegedly alleging allergic alleviate alliance
allocate allocating allocation allow allowable allowance allowing ally almost alone along
alongside aloud alpha alphabet alphabetic alphabetical already also alter alteration altering
alternate alternative alternatively although altogether always amateur amaze amazing amazingly
ambassador amber ambient ambiguity ambiguous ambitious amend amending amendment among amongst
amount ample amplifier amuse amusement amusing anagram analog analogous analogue analogy analyse
analysing analysis analyst anarchy anatomy ancestor ancient anecdote angel anger angle angry
anguish animal anniversary announce announcement announcing annoy annoyance annoying annual
annually anomaly anonymous anorak another answer answering anthology anticipate anticipating
anticipation antidote antique antisocial anxious anybody anyhow anyone anyplace anything anyway
anywhere apart apathetic apathy apologise apologising apology apostrophe appal appalling
appallingly apparatus apparent apparently appeal appealing appear appearance appearing append
appending appendix applause apple applicable applicant application apply applying appoint
appointing appointment appraisal appreciate appreciating appreciation approach approaching
appropriate appropriately approval approve approving approximate approximately approximation
arbitrarily arbitrary arcade arcane arch archaic architecture archive archiving area arena
arguable arguably argue arguing argument arise arisen arising arithmetic arming arms army arose
around arrange arrangement arranging array arrest arresting arrival arrive arriving arrogance
arrogant arrow arse article artificial artificially artist artistic arts ascend ascending ashcan
ashes aside asking asks asleep aspect assault assemble assembler assembling assembly assert
asserting assertion assess assessing assessment asset assign assigning assignment assist
assistance assistant assisting associate associating association assort assorting assume
assuming assumption assure assuring asterisk astronomer astronomy asynchronous atheism atheist
atlas atmosphere atmospheric atom atomic atrocity attach attaching attachment attack attacking
attain attempt attempting attend attendance attendant attending attention attitude attorney
attract attracting attraction attractive attribute attributing audible audience audio aunt
authentic author authorisation authorise authorising authority autobiography automate automatic
automatically automating automobile autumn availability available average avoid avoiding await
awaiting awake award awarding aware awareness away awful awfully awkward axes axiom axis baby
back backbone background backing backlog backspace backward bacteria bacterium badge badly
baffle baffling baggage bags bake baking balance balancing ball ballet ballot banal banana band
bandwagon bandwidth bang bank bankrupt banner banning bans bare barely bargain bark barking
baroque barrel barrier barring barrister bars base basement bash bashing basic basically basing
basis basket bass bastard batch bath bathroom battery battle baud beach beam bean bear beard
bearding bearing beast beat beaten beating beautiful beautifully beauty became because become
becoming bedroom beds beef been beer before beforehand began begin beginner beginning begun
behalf behave behaving behaviour behind being belief believable believe believer believing bell
belong belonging below belt bench bend bending beneath beneficial benefit bent beside best beta
bets better betting between beware beyond bias biasing biassing bible biblical bicycle bidding
bids bigger biggest bigot bigotry bill billfold billion binary bind binding biochemistry
biography biological biologist biology bird birth birthday biscuit bishop bite biting bitmap
bits bitten bitter bizarre black blackboard blackmail blade blame blaming blank blanket blast
blasting blatant blatantly bless blessing blew blind blindly blink bliss blob block blocking
blood bloody blow blowing blown blue blurb board boat bobs body bogging boggle bogs bogus boil
boiling bold bolt bomb bombing bond bone bonus book booking booklet bookshop bookstore boom
boost boot border borderline bore boredom boring born borne borrow borrowing boss both bother
bothering bottle bottom bought bounce bound boundary bout bowl boxes boys bracket bracketing
brain brake branch brand branding brass brave breach bread break breakdown breakfast breaking
breath breathe breathing breed breeding breeze brethren brick bridge brief briefly brigade
bright brighter brightest brightly brightness brilliant brilliantly bring bringing broad
broadcast broadcasting broadly broke broken brother brought brown browse browsing brush brutal
bubble buck bucket budget buffer buffering bugger bugs build building built bulb bulk bull
bullet bulletin bump bunch bundle burden bureaucracy burn burning burnt burst bursting bury
burying buses bush business bust busy butter button buyer buying buys bypass byte cabbage
cabinet cable cabling caffeine cage cake calculate calculating calculation calculator calculus
calendar call caller calling calm came camera camp campaign campaigning campus cancel cancelling
cancer candidate cannot canonical cans cant capability capable capacity capital capitalism
capitalist caps captain capture capturing carbon card cardboard care career careful carefully
careless caring carpet carriage carrier carrot carry carrying cars cartoon cartridge case cash
casing cassette cast casting castle casual catalogue catastrophic catch catching categorically
category cater catering cathedral catholic cats cattle caught causal causality cause causing
caution cave caveat cease ceasing ceiling celebrate celebrating celebration cell cellular censor
censoring censorship cent central centrally centre centring century ceremony certain certainly
certainty certificate chain chair chairman chalk challenge challenging chamber champagne
champion chance chancellor change changeover changing channel chaos chaotic chap chapel chapter
char character characteristic charge charging charitable charity charm charming chart charter
chase chasing chat chatting cheap cheaper cheapest cheaply cheat cheating check checker checking
cheek cheer cheerful cheese chemical chemist chemistry cheque chequer chequing chess chest
chestnut chew chewing chicken chief child childhood childish children chip chocolate choice
choir choose choosing chop chopping choral chord chorus chose chosen chuck chucking chunk church
cider cigarette cinema circa circle circuit circuitry circular circulate circulating circulation
circumstance cite citing citizen city civil civilian civilisation civilise civilising claim
claiming clarification clarify clarifying clarity clash class classic classical classification
classify classifying classing clause clean cleaner cleanest cleaning cleanly clear clearance
clearer clearest clearing clearly clever cleverer cleverest click client cliff climate climb
climbing clinic clinical clip clipping clique clock clog clone close closely closer closest
closet closing closure cloth clothe clothing cloud club clue clumsy cluster coach coal coarse
coast coat cobbler code coding coffee coherent coin coincide coincidence coining coke cold
collaboration collapse collapsing collar collate collating colleague collect collecting
collection collective college colon colony colour colouring column combat combination combine
combining come comedy comfort comfortable comfortably comic coming comma command commandment
commence comment commentary commentator commenting commercial commercially commission
commissioning commit commitment committee committing commodity common commonly communal
communicate communicating communication communism communist community compact companion company
comparable comparative comparatively compare comparing comparison compassion compatibility
compatible compel compelling compensate compensation compete competence competent competing
competition competitive competitor compilation compile compiler compiling complacent complain
complaining complaint complement complementary complete completely completeness completing
completion complex complexity complicate complicating complication compliment comply component
compose composer composing composite composition compound comprehend comprehensible
comprehension comprehensive compress compressing compression comprise comprising compromise
compulsion compulsory computation computational compute computer computerise computerising
computing concatenate concatenating conceal concealing concede conceivable conceivably conceive
conceiving concentrate concentrating concentration concept conception conceptual concern
concerning concert concerto concise conclude concluding conclusion concrete concur concurrently
condemn condemnation condemning condense condensing condition conditional conditioning condom
condone conduct conducting conductor conference confess confidence confident confidential
confidentiality configuration configure configuring confine confining confirm confirmation
confirming conflict conflicting conform confront confronting confuse confusing confusion congest
congesting congestion congratulate congratulations conjecture conjunction connect connecting
connection connector connexion connotation conscience conscious consciously consciousness
consecutive consensus consent consenting consequence consequent consequently conservation
conservative consider considerable considerably considerate consideration considering consist
consistency consistent consistently consisting consolation console conspicuous conspiracy
constant constantly constituency constituent constitute constitution constitutional constrain
constraining constraint construct constructing construction constructive consult consultancy
consultant consultation consulting consume consumer consuming consumption contact contacting
contain container containing contemplate contemplating contemporary contempt contend content
contention contentious contest context continent continental continual continually continuation
continue continuing continuity continuous continuously continuum contour contraception contract
contracting contradict contradicting contradiction contradictory contrary contrast contravention
contribute contributing contribution contributor contrive contriving control controller
controlling controversial controversy convenience convenient conveniently convention
conventional conversation converse conversely conversion convert converter converting convertor
convey convict convicting conviction convince convincing convincingly cook cookie cooking cool
cooling cooperate cooperation coordinate coordination cope coping copper copy copying copyright
core corn corner corporate corporation corpse correct correcting correction correctly correlate
correlation correspond correspondence correspondent corresponding corridor corrupt corrupting
corruption cosmic cosmology cost costing costly cosy cotton cough could council counsel
counselling count counter counterexample counterpart counting countless country countryside
county couple coupling courage courier course court courtesy cousin cover coverage covering cows
crack cracking craft cramp cramping crap crash crashing crass crawl crawling crazy cream create
creating creation creative creator creature credibility credible credit creed creep crew cricket
cries crime criminal crisis crisp criteria criterion critic critical criticise criticising
criticism crop cross crossing crossroad crossword crowd crowding crown crucial crude cruel
cruelty cruise cruising crunch crunching crush crushing crying cryptic crystal cube cubic cuckoo
cuddly culprit cult cultural culture cumbersome cumming cums cumulative cunning cupboard cups
cure curing curiosity curious curiously curly currency current currently curriculum curry curse
cursor curtain curve custard custom customary customer cute cuts cutting cycle cycling cyclist
cylinder cynic cynical daft daily damage damaging damn damnation damning damp dance dancing
danger dangerous dangerously dare daring dark darkness darling dash dashing data database date
dating datum daughter dawn daylight days daytime dead deadline deadly deaf deal dealer dealing
dealt dear death debatable debate debating debt debug debugger debugging decade decay decent
decide deciding decimal decision deck declaration declare declaring decline declining decode
decoding decrease decreasing dedicate dedicating deduce deducing deduction deed deem deeming
deep deeper deepest deeply default defeat defeating defect defective defence defend defending
defensive deficiency define defining definite definitely definition definitive defy degenerate
degradation degrade degrading degree deity delay delaying delete deleting deletion deliberate
deliberately delicate delicious delight delightful delighting delimiters deliver delivering
delivery delta delusion demand demanding demise democracy democratic democratically demolish
demolishing demonstrate demonstrating demonstration denominator denote dense density dentist
deny denying department departmental departure depend dependant dependence dependent depending
deposit depress depressing depression deprive depriving depth deputy derange deranging
derivative derive deriving derogatory descend descending describe describing description
descriptive desert deserting deserve deserving design designate designating designer designing
desirable desire desiring desk desktop despair desperate desperately despise despite destination
destine destining destroy destroying destruction destructive detach detaching detail detailing
detect detectable detecting detection detective detector deter determination determine
determining deterrent detract devastate devastating develop developer developing development
deviation device devil devious devise devising devoid devote devoting diagnosis diagnostic
diagonal diagram dial dialect dialling dialog dialogue diameter diary dice dictate dictator
dictatorship dictionary dies diesel diet differ difference different differential differentiate
differently differing difficult difficulty digest digging digit digital dignity digs dilemma
dimension dimensional dine diner dining dinner diplomatic dire direct directing direction
directive directly director directory dirt dirty disable disabling disadvantage disagree
disagreed disagreeing disagreement disappear disappearing disappoint disappointing
disappointment disaster disastrous disc discard discarding discharge disciplinary discipline
disclaimer disco disconnect disconnecting discontinue discontinuing discount discourage
discouraging discover discovering discovery discrepancy discrete discretion discriminate
discriminating discrimination discuss discussing discussion disease disguise disguising disgust
disgusting dish dishonest disk dislike disliking dismal dismiss dismissing disorder display
displaying disposable disposal dispose disposing disposition dispute disregard disrupt
disruption dissertation dissimilar distance distant distasteful distinct distinction distinctive
distinctly distinguish distinguishing distort distorting distortion distract distracting
distress distressing distribute distributing distribution district disturb disturbance
disturbing ditch ditto dive diverse diversity divert diverting divide dividing divine diving
division divorce doctor doctrine document documentary documentation documenting dodge does dogma
dogs doing dole dollar domain domestic dominant dominate dominating donate donating donation
done dons doom dooming door dose dots dotting double doubling doubt doubtful doubtless down
downhill downright downstairs downwards dozen draft drafting drag dragging dragon drain draining
drama dramatic dramatically drank drastic drastically draught draw drawback drawing drawn dread
dreadful dreading dream dreaming dreamt dreary dress dressing drew dries drift drill drink
drinking drip dripping drive drivel driven driver driving drop dropping drove drown drowning
drug drum drunk drunken drying dual dubious duck duff dull duly dumb dummy dump dumping dumpster
duplicate duplicating duplication duration during dust dustbin dusty duty dying dynamic
dynamically each eager eagerly eagle earlier earliest early earn earning ears earth ease easier
easiest easily east eastern easy eaten eater eating eats eccentric echo echoing ecological
ecology economic economical economically economy edge edit editing edition editor editorial
educate educating education educational effect effective effectively effectiveness efficiency
efficient efficiently effort eggs egos eight eighteen eighth either elaborate elderly elect
electing election electoral electorate electric electrical electricity electron electronic
electronically elegant element elementary elephant elevator eleven eligible eliminate
eliminating elite elitist else elsewhere embarrass embarrassing embarrassment embedding emerge
emergency emerging eminent eminently emit emotion emotional emotionally emphasis emphasise
emphasising empire empirical employ employee employer employing employment empty emptying
emulate emulation emulator enable enabling enclose enclosing encode encoding encounter
encountering encourage encouragement encouraging endeavour ending endless endlessly ends enemy
energy enforce enforcing engage engaging engine engineer engineering enhance enhancement
enhancing enjoy enjoyable enjoying enjoyment enlarge enlarging enlighten enlightening
enlightenment enormous enormously enough enquire enquiring enquiry ensure ensuring entail enter
entering enterprise entertain entertaining entertainment enthusiasm enthusiastic entire entirely
entirety entitle entitling entity entrance entry envelope environment environmental envisage
envisaging envy epic episode equal equality equally equate equation equilibrium equip equipment
equipping equivalent erase eraser erasing ergo erroneous error escape escaping esoteric
especially essay essence essential essentially establish establishing establishment estate
estimate estimating estimation eternal eternity ethic ethical ethnic etymology evaluate
evaluating evaluation even evening evenly event eventual eventually ever every everybody
everyday everyone everything everywhere evidence evident evidently evil evolution evolutionary
evolve evolving exact exactly exaggerate exaggerating exam examination examine examiner
examining example exceed exceeding exceedingly excellent except excepting exception exceptional
exceptionally excess excessive excessively exchange exchanging excite excitement exciting
exclamation exclude excluding exclusion exclusive exclusively excuse executable execute
executing execution executive exempt exercise exercising exhaust exhausting exhaustive exhibit
exhibition exist existence existing exit exiting exotic expand expanding expansion expect
expectation expecting expedition expenditure expense expensive experience experiencing
experiment experimental experimentally experimentation experimenting expert expertise expire
expiring expiry explain explaining explanation explanatory explicit explicitly explode exploding
exploit exploitation exploiting exploration explore exploring explosion explosive exponential
export expose exposing exposure express expressing expression expressway extant extend extending
extension extensive extensively extent external externally extinction extra extract extracting
extraction extraneous extraordinarily extraordinary extreme extremely extremist eyes eyesight
fabric face facilitate facility facing fact factor factory factual factually faculty fail
failing failure faint fainter faintest fair fairer fairest fairly fairness fairy faith faithful
fake fall fallacious fallacy fallen falling false fame familiar familiarity family famine famous
fancy fans fantastic fantasy farce fare farewell farm farmer farther farthest fascinate
fascinating fascist fashion fashionable fashioning fast faster fastest fatal fate father fatuous
faucet fault faulty favour favourable favouring favourite fear fearing feasibility feasible feat
feature featuring federal feeble feed feedback feeding feel feeling fees feet fell fellow felt
female feminist fence fender festival fetch fever fewer fewest fibre fiction fictional fiddle
fiddling field fierce fifteen fifth fifty fight fighter fighting figure figuring file filing
fill filling film filming filter filtering filthy final finalise finalising finally finance
financial financially find finding fine finer finest finger fining finish finishing finite fire
firework firing firm firmly first firstly fiscal fish fishing fits fitting five fiver fixes
fixing fizzy flag flagging flame flash flashing flat flavour flaw flawing fleet flesh flew
flexibility flexible flies flight flip flipping float floating flood flooding floor floppy flour
flow flower flowing flown fluctuation fluent fluffy fluid flush flushing flute flying foam focus
fold folder folding folk follow follower following fond font food fool fooling foolish foot
football footnote forbade forbid forbidden forbidding force forcibly forcing forecast
forecasting foreign foreigner foreseeable forest forever forgave forget forgetting forgive
forgiven forgiving forgot forgotten fork form formal formally format formation formatting former
formerly forming formula formulae formulation forth forthcoming fortnight fortunate fortunately
fortune forty forum forward forwarding fossil fought foul found foundation founding fountain
four fourteen fourth fraction fragile fragment frame framework frank frankly frantic fraud freak
free freed freedom freeing freely freeway freeze freezing french frequency frequent frequently
fresh friction friend friendly friendship fries frighten frightening fringe frivolous frog from
front frown frowning froze frozen fruit frustrate frustrating frustration frying fudge fuel
fulfil fulfilling full fuller fullest fully fume function functional functionality functioning
fund fundamental fundamentalist fundamentally funding funeral funnier funniest funny furniture
furry further furthermore furthest fuse fusion fuss fussy futile future fuzzy gain gaining
galactic galaxy game gang gaol gaps garage garbage garble garbling garden gasolene gasoline gasp
gate gateway gather gathering gave gear gearing gender gene general generalisation generalise
generalising generally generate generating generation generator generic generous genetic
genetically genius genocide genre gentle gentleman gentlemen gently genuine genuinely
geographical geography geology geometry gesture gets getting ghastly ghost giant gibberish gift
girl girlfriend give given giving glad gladly glance glass glean gleaning global globally
glorious glory glossy glove glow glowing glue gnome goal goat gods goes going gold golden
goldfish golf gone good goodbye goodie goodness goody gorgeous gospel gossip gotten govern
governing government governor gown grab grabbing grace grade gradual gradually graduate
graduating graduation graffiti graffito grain grammar grammatical grand grandfather grandmother
grant granting graph graphic graphical grasp grass grateful gratefully gratuitous gratuitously
grave gravitational gravity greasy great greater greatest greatly greed greedy green grew grey
grid grief grim grind grinding grip groan gross grossly ground group grouping grow growing grown
growth guarantee guaranteed guaranteeing guard guarding guess guessing guest guidance guide
guideline guiding guilt guilty guinea guitar gulf gullible guns guts gutter guys habit hack
hacker hacking hail hair haircut hairy half hall halt halting halve hammer hand handbook handful
handicap handing handle handler handling handy hang hanging hangover happen happening happier
happiest happily happiness happy hard hardback harden hardening harder hardest hardly hardship
hardware hardy harm harmful harmless harmony harsh hash hassle hasten hasty hate hating hats
have having havoc hazard hazy head headache header heading headline health healthy heap hear
heard hearing heart heartily heat heating heaven heavier heaviest heavily heavy heel height held
helicopter hell hello helmet help helpful helping helpless hence henceforth herd here hereby
heresy heritage hero heroic heroin herring herself hesitate heterosexual hexadecimal hidden hide
hideous hideously hiding hierarchical hierarchy high higher highest highlight highlighting
highly highway hilarious hill himself hindsight hint hinting hire hiring historian historic
historical historically history hitherto hits hitting hobby hold holder holding hole holiday
hollow holy home homosexual homosexuality honest honestly honesty honey honorary honour
honouring hook hooking hope hopeful hopefully hopeless hopelessly hoping horde horizon
horizontal horizontally horn horrendous horrendously horrible horribly horrid horrific horrify
horrifying horror horse hospital host hostile hotel hour house household housing however huge
hugely human humane humanity humble humbly humorous humour hung hungry hunt hunting hurry hurt
hurting husband hydrogen hyphen hypocrisy hypocrite hypocritical hypothesis hypothetical
hysterical icon idea ideal idealistic ideally identical identically identification identifier
identify identifying identity ideological ideology idiom idiosyncratic idiot idiotic idle
ignorance ignorant ignore ignoring ikon illegal illegally illiterate illness illogical illusion
illustrate illustrating illustration image imaginary imagination imaginative imagine imagining
imbalance imbedding immature immediate immediately immense immensely imminent immoral immortal
immune impact impair impairing impend impending imperative imperfect imperial impersonal
implausible implement implementation implementing implication implicit implicitly imply implying
import importance important importantly importing impose imposing impossible impractical impress
impressing impression impressive imprison imprisoning improbable improve improvement improving
impulse inability inaccessible inaccuracy inaccurate inadequate inadvertently inane
inappropriate incapable incarnation incentive inch incidence incident incidental incidentally
inclination incline inclining include including inclusion inclusive incoherent income incoming
incompatible incompetence incompetent incomplete incomprehensible inconsistency inconsistent
inconvenience inconveniencing inconvenient incorporate incorporating incorrect incorrectly
increase increasing increasingly incredible incredibly increment incur incurring indeed
indefensible indefinite indefinitely indent independence independent independently indeterminate
index indexing indicate indicating indication indicative indicator indictment indirect
indirection indirectly indistinguishable individual individually induce inducing induction
indulge indulging industrial industry ineffective inefficiency inefficient inequality inertia
inevitable inevitably infallible infamous infant infantile infect infecting infection infelicity
infer inference inferior inferiority infinite infinitely infinity inflation inflexible inflict
influence influencing influential info inform informal informally information informative
informing infrastructure infrequent infringement ingenious ingredient inhabit inhabitant
inhabiting inherent inherently inherit inheritance inheriting inhibit inhibiting inhibition
initial initialisation initialise initialising initially initiate initiating initiative inject
injure injuring injury injustice inner innocence innocent innovation innovative input inputting
inquire inquiring inquiry insane insect insecure insensitive insert inserting insertion inside
insidious insight insignificant insist insistence insisting insofar inspect inspecting
inspection inspiration inspire inspiring instal install installation installing instance instant
instantly instead instinct institute institution instruct instructing instruction instrument
instrumental insufficient insult insulting insurance intact intake integer integral integrate
integrating integration integrity intellect intellectual intelligence intelligent intend
intending intense intensely intensity intensive intent intention intentional intentionally inter
interact interacting interaction interactive interactively intercourse interest interesting
interestingly interface interfacing interfere interference interfering interim interior
intermediate intermittent internal internally international interpret interpretation interpreter
interpreting interrogate interrupt interrupting interruption intersection interval intervene
intervening intervention interview interviewing intimate into intolerance intrinsic
intrinsically introduce introducing introduction introductory intuitive invade invading invalid
invalidate invaluable invariably invasion invent inventing invention inventor inverse invert
inverting invest investigate investigating investigation investment invisible invitation invite
inviting invoke invoking involve involvement involving irate iron ironic irony irrational
irrelevant irrespective irresponsible irritate irritating irritation island isolate isolating
isolation issue issuing item itself jack jacket jail jamming jams jargon jazz jealous jeans
jelly jerk jest jobs join joining joint jointly joke joking jolly journal journalist journey
judge judgement judging judgment juice jump jumping junction jungle junior junk jury just
justice justifiable justifiably justification justify justifying juvenile keen keep keeper
keeping kept kernel kettle keyboard keying keys keystroke keyword kick kicking kidding kidnap
kidnapping kidney kids kill killer killing kind kindly kindness king kingdom kiss kitchen kits
knee knew knife knight knock knocking know knowing knowledge known label labelling laboratory
labour labs lack lacking ladder lady lager laid lain lake lamp land landing landlord landscape
lane language large largely larger largest lark laser last lasting late lately later latest
latter laugh laughing laughter launch launching lavatory lawn laws lawyer layer laying layout
lays laziness lazy leach lead leader leadership leading leaf leaflet league leak lean leaning
leap learn learning learnt least leather leave leaving lecture lecturer lecturing left legal
legally legend legendary legible legislation legitimate legitimately legs leisure lemon lend
lending length lengthy lenient lens lent lesbian less lesser lesson lest lethal lets letter
letting level liability liable liaison libel liberal liberty librarian library licence licencing
license licensing lies life lifestyle lifetime lift lifting light lighter lightest lighting
lightly lightning like likelihood likely likewise liking limb limit limitation limiting line
linear linguistic lining link linkage linking lion lips liquid liquor lisp list listen listener
listening listing literal literally literary literate literature litre litter little live lively
liver livest living load loader loading loan lobby local locally locate locating location lock
locking lodge logging logic logical logically logo logs lonely long longer longest look looking
loop loophole loose loosely lord lorry lose losing loss lost lots loud louder loudest loudly
lousy love lovely lover loving lower lowering lowest loyal luck luckily lucky ludicrous
ludicrously luggage lump lunatic lunch lunchtime lung lurk lurking lust luxury lying lyric
machine machinery macintosh made madness magazine magic magical magnetic magnificent magnitude
mail mailbox mailing main mainframe mainly mainstream maintain maintaining maintenance maize
major majority make maker making male malfunction malicious manage management manager managing
mandate mandatory mangle mangling mania manifestation manifestly manifesto manipulate
manipulating manipulation mankind manner manning manpower mans manual manually manufacture
manufacturer manufacturing many mapping maps march margin marginal marginally marital mark
marker market marketing marking marriage marry marrying marvellous mask mass massive massively
master match matching mate material mathematical mathematically mathematician mathematics
matrices matrix matter mature maximise maximum maybe mayor maze meal mean meaning meaningful
meaningless meant meantime meanwhile measure measurement measuring meat mechanic mechanical
mechanism media mediaeval medical medicine medieval medium meet meeting megabyte melody melt
member membership memorable memory mend mending mental mentality mentally mention mentioning
menu mercury mercy mere merely merge merging merit merry mess message messing messy metal
metaphor meter method metre metric metro mice microcomputer microprocessor microwave midday
middle midnight might mighty migrate migrating migration mild mildly mile mileage military milk
mill million mimic mind minding mindless mine minimal minimalist minimise minimum mining
minister minor minority mint minus minute miracle miraculous mirror miscellaneous misdirect
misdirecting miserable miserably misery misfortune misguide misguiding misinterpret
misinterpreting mislead misleading misplace misplacing misprint misread misreading misrepresent
misrepresenting miss missile missing mission mist mistake mistaken mistakenly mistaking mistook
misunderstand misunderstanding misunderstood misuse mixes mixing mixture mnemonic moan moaning
mobile mock mode model modelling moderate moderately moderation modern modest modification
modify modifying module mole molecular molecule moment momentarily momentum monarch money
monitor monitoring monkey monochrome monopoly monster month monthly mood moon moral morality
morally more moreover morning moron mortal mortality most mostly mother motion motivate
motivating motivation motive motor motorway motto mould mount mountain mounting mouse mouth move
movement movie moving much muck mucking muddle muddling mugs multiple multiplication multiply
multiplying mumble mummy mundane murder murderer murdering muscle museum music musical musician
must mutter muttering mutual mutually myself mysterious mysteriously mystery mystic myth
mythical mythology nail nailing naive name nameless namely naming narrative narrow narrower
narrowest nastier nastiest nasty nation national nationally native natural naturally nature
naughty near nearby nearer nearest nearly neat neatly necessarily necessary necessity neck need
needing needle needlessly negate negative neglect neglecting negligible negotiable negotiate
negotiating negotiation neighbour neighbourhood neither nerve nervous nest nesting nets nett
network networking neural neutral never nevertheless newcomer newer newest newly news newsletter
newspaper next nice nicely nicer nicest nick nicking nickname night nightmare nine noble nobody
node noise noisy nominal nominally nominate nominating none nonetheless nonsense noon norm
normal normality normally north northern nose nostalgia notable notably notation note nothing
notice noticeable noticeably noticing notification notify notifying noting notion notorious
notwithstanding noun novel novelty novice nowadays nowhere nuclear nuisance null numb number
numbering numbest numeral numeric numerical numerous nuns nurse nuts obey obeying object
objecting objection objectionable objective obligation obligatory oblige obliging obnoxious
obscene obscure obscuring obscurity observation observe observer observing obsess obsessing
obsession obsolete obstruct obstructing obtain obtainable obtaining obvious obviously occasion
occasional occasionally occupation occupy occupying occur occurrence occurring ocean oddly odds
offence offend offender offending offensive offer offering offhand office officer official
officially offset offsetting offspring often older oldest omission omit omitting once ones
oneself ongoing onion only onto onus onwards open opening openly opera operate operating
operation operational operator opinion opponent opportunity oppose opposing opposite opposition
oppress oppressing oppression optic optical optimal optimisation optimise optimising optimistic
optimum opting option optional optionally opts opus oral orange orbit orbital orchestra
orchestral order ordering ordinary organ organic organisation organise organiser organising
orient oriental orientate orientating orientation orienting origin original originally originate
originating originator orthodox other otherwise ought ours ourselves outcome outcry outer
outgoing outline outlining outlook output outrage outrageous outraging outright outset outside
outstanding outweigh over overall overcame overcome overcoming overdraft overdue overflow
overhead overlap overload overloading overlong overlook overlooking overly overnight overprice
overpricing overridden override overriding overrode overseas overtime overtone overview
overwhelm overwhelming overwriting overwritten owes owing owner ownership owning owns oxygen
ozone pace pacifier pack package packaging packet packing padding pads page paging paid pain
painful painfully painless paint painting pair palace pale panel panic pant paper paperback
parade paradise paradox paragraph parallel parameter paranoia paranoid paraphrase pardon parent
parentheses parenthesis parity park parking parliament parochial parody parrot parse parsing
part partial partially participant participate participating particle particular particularly
partition partitioning partly partner party pass passage passenger passing passion passionate
passive passport password past paste patch patching patent path pathetic patience patient
patronise patronising pattern pause pausing pavement paying payment pays peace peaceful peak
peanut peasant peculiar pedal pedant pedantic pedantry pedestrian peer penalty pence pencil
pending pends penguin penny pens people perceive perceiving percent percentage perception
perfect perfection perfectly perform performance performing perhaps period periodic periodically
peripheral permanent permanently permissible permission permit permitting perpetual persecute
persecuting persist persistent person personal personality personally personnel perspective
persuade persuading persuasion perverse petrol petty pharmacy phase phasing phenomena phenomenon
philosopher philosophical philosophy phoenix phone phoning photo photocopy photograph
photographic phrase phrasing physic physical physically physicist physiology piano pick picking
picture piece pigeon pigs pile pill pilot pinch pinching pink pins pint pipe pipeline pitch
pitfall pity pizza place placing plague plaguing plain plainly plan plane planet planetary
planning plant planting plaster plastering plastic plate platform plausible play player
playground playing plea pleasant pleasantly please pleasing pleasure plenty plot plotter
plotting ploy plug plugging plural plus pocket poem poet poetic poetry point pointer pointing
pointless poison poisoning poke polar pole police policeman policy polish polishing polite
politeness political politically politician politics poll pollution polynomial pompous pool poor
poorer poorest poorly pope popping pops populace popular popularity populate populating
population pork pornography port portability portable porter porting portion portray portraying
pose posing position positioning positive positively possess possessing possession possibility
possible possibly post postage postal postcard poster posting postmaster postpone postponing
postscript postulate potato potential potentially pound pour pouring poverty powder power
powerful powering practicable practical practically practice practise practising pragmatic
praise pray prayer praying preach preaching precaution precede precedence precedent preceding
precious precise precisely precision predecessor predict predictable predicting prediction
predominantly preface prefer preferable preferably preference preferring prefix prefixing
pregnancy pregnant prejudice prejudicing preliminary premature prematurely premise premiss
premium preparation prepare preparing prerequisite prescribe prescribing prescription presence
present presentation presenting presently preserve preserving president press pressing pressure
presumably presume presuming pretend pretending pretentious pretty prevail prevalent prevent
preventing prevention preview previewer previous previously price pricing pride priest primarily
primary prime primitive prince principal principally principle print printer printing printout
prior priority prise prison prisoner privacy private privately privatisation privilege
privileging prize probability probable probably problem procedure proceed proceeding process
processing processor proclaim produce producer producing product production productive
productivity profession professional professor profile profit profitable profound program
programmable programme programmer programming progress progressing prohibit prohibiting project
projecting projection proliferation prolong prolonging prominent promise promising promote
promoting promotion prompt prompting promptly prone pronoun pronounce pronouncing pronunciation
proof propaganda proper properly property prophet proportion proportional proposal propose
proposing proposition proprietary prose prosecute prosecuting prosecution prospect prospective
prostitute protect protecting protection protein protest protocol prototype proud prove proven
provide providing proving provision provisional provocative provoke provoking proximity pseudo
psychological psychologist psychology public publication publicise publicising publicity
publicly publish publisher publishing pudding pull pulling pulp pulse pump pumping punch
punching punctuation puncture punish punishing punishment puns punt pupil purchase purchasing
pure purely purge purity purple purpose pursue pursuing pursuit push pushing puts putt putting
puzzle puzzling python qualification qualifier qualify qualifying quality quantity quantum
quarter queen query quest question questionable questioning questionnaire queue queueing queuing
quibble quick quicker quickest quickly quiet quieter quietest quietly quit quite quitting quiz
quota quotation quote quoting rabbit rabid race racial racing racism racist rack racket racquet
radar radiation radical radically radio radius rage raid rail railroad railway rain rainbow
raining raise raising rampant random randomly rang range ranging rank rant ranting rape rapid
rapidly rare rarely rarer rarest rash rate rather rating ratio rational rationale rationally
rats rattle rattling rave raving razor reach reaching react reacting reaction reactionary
reactor read readable reader readership readily reading ready real realisation realise realising
realistic reality really realm rear rearrange rearranging reason reasonable reasonably reasoning
reassure reassuring rebuild rebuilding rebuilt recall recalling receipt receive receiver
receiving recent recently reception recipe recipient reckless reckon reckoning reclaim
recognisable recognise recognising recognition recollection recommend recommendation
recommending reconcile reconsider record recorder recording recover recovering recovery
recreational recruit recruiting recruitment rectangle rectangular rectify rectifying recursion
recursive recycle recycling redefine redefining redirect reduce reducing reduction redundancy
redundant refer reference referencing referendum referring refine refining reflect reflecting
reflection reflex reform reformat reforming refrain refresh refreshing refund refusal refuse
refusing refute regain regard regarding regardless regime region regional register registering
registration regret regrettably regretting regular regularly regulation reign reinstate
reinstating reiterate reject rejecting rejection relate relating relation relationship relative
relatively relativity relax relaxing relay release releasing relevance relevant reliability
reliable reliably relief relieve relieving religion religious relocation reluctance reluctant
reluctantly rely relying remain remainder remaining remark remarkable remarkably remarking
remedy remember remembering remind reminder reminding reminiscent remote remotely removal remove
removing rename renaming rend render rendering rending rendition renew renewing rent repair
repairing repeat repeatable repeatedly repeating repent repertoire repetition repetitive
rephrase replace replacement replacing reply replying report reporter reporting represent
representation representative representing reproduce reproducing reproduction repulsive
reputation request requesting require requirement requiring requisite reread rereading rescue
research researcher resemblance resemble resembling resent reservation reserve reserving reset
resetting reside residence resident resign resignation resigning resist resistance resolution
resolve resolving resort resorting resource respect respectable respecting respective
respectively respond responding response responsibility responsible rest restart restarting
restaurant resting restore restoring restrain restraining restrict restricting restriction
restrictive result resulting resume resuming resurrection retail retain retaining retire
retirement retiring retract retrieval retrieve retrieving return returning reuse reveal
revealing revelation revenge revenue reverse reversing revert review reviewing revise revising
revision revolt revolting revolution revolutionary reward rewrite rewriting rewritten rewrote
rhetorical rhyme rhythm ribbon rice rich richer richest ridden ridding ride ridiculous
ridiculously riding rids right rightly rigid rigorous ring ringing riot ripping rips rise risen
rising risk risking risky ritual rival river road robot robust rock rocket rode role roll
rolling roman romance romantic roof room root rope rose rotate rotating rotation rotten rough
roughly round roundabout rounding rout route routine routinely routing rows royal royalties
rubber rubbish rude ruin ruining rule ruler ruling rumour rumouring rung running runs rural rush
rushing rusty sabotage sack sacking sacrifice sacrificing sadden saddening sadly safe safeguard
safely safer safest safety saga said sail sailing saint sake saki salary sale salesman salt
salvation same sample sampling sand sandwich sane sang sanity sank sarcasm sarcastic satellite
satire satisfaction satisfactorily satisfactory satisfy satisfying sauce save saving saying says
scale scaling scan scandal scanner scanning scarce scarcely scare scarf scaring scarlet scatter
scattering scenario scene scenery sceptical schedule scheduler scheduling scheme scholar school
science scientific scientifically scientist scope score scoring scotch scrap scrapping scratch
scratching scream screaming screen screw screwing script scroll scrolling scum seal sealing
search searching season seat second secondary seconding secondly secret secretary secretly sect
section sector secular secure security seed seeing seek seeking seem seeming seemingly seen sees
segment seldom select selecting selection selective selectively self selfish sell selling
semantic seminar send sender sending senior sensation sense sensible sensibly sensitive
sensitivity sent sentence sentencing sentient sentiment sentimental separate separately
separating separation separator sequel sequence sequential serial series serious seriously
seriousness sermon servant serve server service serving session sets setting settle settling
seven seventh several severe severely severity sexes sexist sexual sexuality sexually sexy shade
shadow shake shaken shaking shaky shall shallow shame shape shaping share shareholder sharing
sharp sharply shedding sheep sheer sheet shelf shell shelter shelve shift shifting shine shining
shiny ship shipping shirt shock shocking shoe shone shook shoot shooting shop shopping short
shortage shorten shortening shorter shortest shorthand shortly shot should shoulder shout
shouting shove show shower showing shown shut shutdown shutting sick sicken sickening side
sideways siding sigh sight sighting sigma sign signal signalling signature significance
significant significantly signing silence silent silicon sillier silliest silly silver similar
similarity similarly simple simpler simplest simplicity simplify simplifying simplistic simply
simulate simulating simulation simultaneous simultaneously since sincere sincerely sine sinful
sing singer singing single singular singularly sinister sink sinking sins sister site sits
sitting situate situating situation sixteen sixth sixty size sizing skeleton sketch skill skin
skip skipping skirt skull slag slang slash slave sleep sleeping slept slice slicing slid slide
sliding slight slighter slightest slightly slim slip slippery slipping slogan slope sloppy slot
slow slower slowest slowing slowly small smaller smallest smallish smart smash smashing smell
smelly smile smiling smith smoke smoker smoking smooth smoothly smug snack snag snail sneak
sneaking sneaky sniff snobbery snow soap sober social socialism socialist socially society sock
socket soft software soil solar sold soldier sole solely solicitor solid solo solution solve
solving some somebody somehow someone someplace something sometime somewhat somewhere song sons
soon sooner soonest sophisticate sophisticating sordid sore sorry sort sorting sought soul sound
sounding soundtrack soup source south southern space spacing span spare spatial speak speaker
speaking special specialise specialising specialist speciality specially species specific
specifically specification specify specifying specimen spectacular spectrum speculate
speculation speech speed speeding spell spelling spelt spend spending spent sphere spies spigot
spike spill spin spiral spirit spiritual spit spite spitting splendid split splitting spoil
spoiling spoilt spoke spoken spokesman sponsor sponsoring spontaneous spontaneously spoof spool
sport spot spotting spout sprang spray spread spreading spring springing sprung spur spurious
squad square squaring squash squashing squeeze squeezing stability stable stack staff stage
stagger staggering stair staircase stake stale stall stamp stamping stance stand standard
standardise standardising standing standpoint star stare staring stark starring start starter
starting startle startling starve starving state statement static stating station stationary
statistic statistical status stay staying steadily steady steal stealing steam steel steep steer
steering stem step stepping stereo stereotype sterile sterling stick sticking sticky stiff still
stimulate stimulating stimulation stir stirring stock stole stolen stomach stone stood stop
stopping storage store storey storing storm story straight straightforward strain strange
strangely stranger strangest strategic strategy straw stray stream street strength strengthen
stress stressing stretch stretching strict strictly strike striking string stringent strip
stripping strive stroke strong stronger strongest strongly struck structural structure
structuring struggle struggling stuck student studio study studying stuff stuffing stumble
stumbling stun stunning stunt stupid stupidity style subject subjecting subjective submission
submit submitting subroutine subscribe subscription subsequent subsequently subset subsidiary
subsidise subsidising substance substantial substantially substitute substituting substitution
subtle subtlety subtly subway succeed succeeding success successful successfully succession
successive successor such sudden suddenly sues suffer sufferer suffering suffice sufficient
sufficiently suffix sugar suggest suggesting suggestion suicidal suicide suing suit suitability
suitable suitably suite suiting summarise summarising summary summer summing sums sundry sung
sunk sunlight sunny sunrise sunshine super superb superficial superficially superfluous superior
superiority supermarket supernatural supervise supervising supervision supervisor supplement
supplementary supplier supply supplying support supporter supporting suppose supposedly
supposing suppress suppressing suppression supreme sure surely surface surgery surname surplus
surprise surprising surprisingly surround surrounding survey survival survive surviving
susceptible suspect suspecting suspend suspending suspension suspicion suspicious suspiciously
sustain sustaining swallow swallowing swam swamp swamping swap swapping swear swearing sweat
sweating sweep sweeping sweet swept swim swimming swing switch switching sword swore sworn swum
symbol symbolic symmetric symmetry sympathetic sympathise sympathy symphony symptom syndicate
syndrome synonym synonymous syntactic syntactically syntax synthesis synthesiser synthesizer
system systematic table tabs tack tacking tackle tackling tactic tactical tactless tail tailor
tailoring take taken taker taking tale talent talk talking tall tame tangent tank tape target
task taste tasteless tasting taught taxation taxes taxi taxpayer teach teacher teaching team
teapot tear tearing technical technically technique technological technology tedious teenage
teenager teeth telephone telescope television tell telling temper temperature temple temporarily
temporary tempt temptation tempting tend tendency tender tending tennis tens tense tension
tentative tentatively tenth term terminal terminally terminate terminating termination
terminator terming terminology terrible terribly terrify terrifying territory terror terrorism
terrorist terse test testing text textbook textual than thank thankful thankfully thanking that
theatre thee theft their them theme themselves then theological theology theorem theoretical
theoretically theory therapy there thereabouts thereafter thereby therefore therein thereof
these thesis they thick thickness thief thieve thin thing think thinking third thirst thirty
this thorough thoroughfare thoroughly those thou though thought thousand thread threat threaten
threatening three threshold threw throat through throughout throughput throw throwing thrown
thrust thrusting thumb thus tick ticket tidy tidying ties tiger tight tightly tile till time
timer timescale timetable timing tins tiny tips tire tiresome tiring title toad toast tobacco
today toes together toggle toilet token told tolerance tolerant tolerate tolerating toll tomato
tome tomorrow tone tongue tonight tons took tool tooth topic topical tops tore torn torture toss
total totally touch touching tough tour tourist toward tower town toys trace tracing track
tracking trade trading tradition traditional traditionally traffic tragedy tragic trail trailing
train training transaction transcript transfer transferring transform transformation
transforming transient transit transition translate translating translation translator
transmission transmit transmitter transmitting transparent transport transporting trap trapping
trash trashcan travel travelling tray tread treasure treat treating treatment treaty tree trek
tremendous tremendously trend trendy trial triangle tribe trick tricky tries trifle trigger
triggering trilogy trinity trip triple tripos triumph trivia trivial trivially trolley troop
trouble trouser truck true truly trumpet truncate truncating trunk trust trusting trusty truth
trying tube tune tuning tunnel turn turning turntable tutor tutorial twelve twentieth twenty
twice twin twist twisting tying type typeset typesetting typewriter typical typically typing
tyre ugly ultimate ultimately umbrella unable unacceptable unambiguous unavailable unavoidable
unaware unbearable unbelievable unbelievably uncertain uncertainty uncle unclear uncomfortable
uncommon unconscious unconvincing under underestimate undergo undergoing undergone undergraduate
underground underlain underlay underlie underline underlining underlying underneath understand
understandable understanding understood undertake undertaken undertaking undertook underwent
undesirable undid undo undoing undone undoubtedly unduly uneasy unemployment unexpectedly unfair
unfamiliar unfortunate unfortunately unfriendly unhappy unhealthy unhelpful uniform uniformly
unify unifying unimportant uninteresting union unique uniquely unit unite uniting unity
universal universally universe university unknown unless unlike unlikely unload unlock unlocking
unlucky unnatural unnecessarily unnecessary unobtainable unofficial unpleasant unpopular
unpredictable unread unreadable unrealistic unreasonable unreliable unsafe unsatisfactory unseen
unset unsound unstable unsuccessful unsuitable unsure unsuspecting untidy until unto untrue
unusable unusual unusually unwelcome unwilling unwise unworkable upbringing update updating
upgrade upgrading upon upper upright upset upsetting upside upstairs upward urban urge urgency
urgent urgently urging usable usage useable useful usefully usefulness useless user uses using
usual usually utility utter utterly vacancy vacation vacuum vague vaguely vain valid validity
valley valuable value valuing valve vandalism vanish vanishing vans variable variance variant
variation variety various vary varying vast vastly vector vegetable vegetarian vehicle vein
velocity vend vending vendor venture venue verb verbal verbally verbatim verbose verdict
verification verify verifying versatile verse version versus vertical vertically very vessel
viable vicar vice vicinity vicious victim victory video view viewer viewing viewpoint vigorously
vile village vintage vinyl violate violation violence violent violently violin virgin virtual
virtually virtue virus visible vision visit visiting visitor visual visually vital vocabulary
vocal voice void voltage volume voluntarily voluntary volunteer volunteering vomit vote voter
voting vouch vowel vulnerable wade wading waffle wage wait waiting wake waking walk walking wall
wallet wander wandering want wanting ward warehouse warm warming warn warning warp warping
warrant warranty wars wartime wary wash washing waste wasteful wasting watch watching water wave
waving ways weak weakness wealth wealthy weapon wear wearing weary weasel weather wedding weds
week weekday weekend weekly weigh weight weird welcome welcoming welfare well went were west
western wets wetting whale what whatever whatsoever wheel when whence whenever where whereas
whereby whereupon wherever whether which whichever while whilst whim whisky whistle white
whoever whole wholeheartedly wholly whom whoop whose wide widely wider widespread widest width
wife wild wildly will willing willingly wind winding window windowing wine wing winner winning
wins winter wipe wiping wire wiring wisdom wise wiser wisest wish wishing witch with withdraw
withdrawal withdrawing withdrawn withdrew within without witness witnessing witty wive wizard
woke woken wolf woman wombat women wonder wonderful wonderfully wondering wondrous wont wood
wooden word wording wore work workable worker working workload workshop workstation world
worldwide worm worn worry worrying worse worship worst worth worthless worthwhile worthy would
wound wrap wrapper wrapping wrath wreck wrecker wrecking wren wrist write writer writing written
wrong wrongly wrote yard yawn year yearly yellow yesterday yeti yield young younger youngest
your yourself yourselves youth zero zone zoom
`;

const GENERAL: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** The forms a listed word may take in an ad: as listed, or a plural of it. */
function singulars(word: string): string[] {
	const forms = [word];
	if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
	if (word.endsWith('es')) forms.push(word.slice(0, -2));
	if (word.endsWith('s')) forms.push(word.slice(0, -1));
	return forms;
}

/** Whether a word (any case) is one of the most frequent words of general English. */
export function isGeneralEnglish(word: string): boolean {
	const lower = word.toLowerCase();
	return singulars(lower).some((form) => GENERAL.has(form));
}
