"""Web furniture inside running text: caught when the page talks to its reader, kept when news."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from synoptic.clean import web
from synoptic.clean.web import is_web_furniture

FURNITURE = [
    "Tweet with a location you can add location information to your tweets, such as your city "
    "or precise location, from the web and via third-party applications.",
    "You can switch location on/off before each tweet and always have the option to delete "
    "your location history.",
    "Breaking news emails get breaking news alerts and special reports.",
    "The news and stories that matter, delivered weekday mornings.",
    "Rating is available when the video has been rented.",
    "This feature is not available right now.",
    "Please enable JavaScript to watch this video.",
    "Sign up for our daily newsletter and get top stories delivered to your inbox!",
    "Please check your email and click on the link to activate your profile.",
    "These crawls are part of an effort to archive pages as they are created.",
    "Flowing in every day, these data are added to the Wayback Machine after an embargo period.",
    "The web archiving was performed in the winter of 2016 and spring of 2017 to capture sites.",
    "Dow Jones Reprints: this copy is for your personal, non-commercial use only.",
    "To our readers: registration is required before your comments can be posted.",
    "We use cookies to give you the best experience on our website.",
    "Sorry, either the position you requested is no longer available or the page you "
    "requested no longer exists.",
    "Please enter your first name.",
    "Feel free to weigh-in yourself, via the comments section.",
    "As part of this effort, urls supplied from partner institutions will be crawled regularly to "
    "provide a view of federal agencies ' web and social media presence.",
    "For more information on web crawling and past projects, please visit the archive.",
    "Use the navigation bar above to browse to the page, and then update your bookmark.",
    # An archive's name in quote marks is no speech.
    'Crawls of supported " no more 404 " sites.',
    "Email address we ' ll send a conformation email to this address.",
    "sorry, but you can only react up to 3 times!",
    "use my facebook information to fill out my public buzzfeed profile connected to facebook.",
    "For this reason, some items on this page will be unavailable.",
    "If you're having trouble locating a destination on yahoo!, try visiting the home page.",
    "you ' ll also find behind the scenes videos and other great web exclusives.",
    "The journal designates this activity for a maximum of 1 ama pra category 1 credit.",
    "Ap's earlier story is below.",
    "The times makes no guarantee of comments ' factual accuracy.",
    "Videos you watch here will automatically be posted to your timeline.",
    "Log outif this is not you or you want to change users, logout.",
    "courtesy: jane doe this video has been uploaded for use by storyful's subscription clients.",
    "A link to this page will be included in your message.",
    "Jane doe and john roe discuss on markets hub.",
    "Jane doe joins lunch break with the latest on the barrier.",
    "Jane doe has details on the news hub.",
    "You've selected the U.S. Edition.",
    "Select one of the options below.",
    "Please create a screen name.",
    "Send us an e - mail.",
    # A contraction spaced as Multi-News spaces it is no quote.
    "Whenever Anna Marsh posts new content, you ' ll get an email delivered to your inbox.",
    "we have sent a confirmation email to { * data_emailaddress * }.",
    "Website visitors may access up to five articles a month for free without a subscription.",
    "$ 11.77 per week * purchase a newspaper + premium digital subscription for $ 11.77 per week.",
    "Fyi, you can grab html code for our stories easily.",
    "If you plan to republish our content, you must notify us at republish@dailytide.org.",
    "View our online press pack.",
    "This license only applies to republication of full works.",
    "Please do not alter this code.",
    "You also cannot sell our material separately or syndicate it.",
    "We do not compensate anyone who republishes our work.",
    "For other inquiries, contact us.",
    "To inquire about a licence to reproduce material, visit our syndication site.",
    "Our journalism takes a lot of time, effort, and hard work to produce.",
    "Our staff members have won dozens of major journalism accolades.",
    "Welcome to goskagit.com! we're committed to empowering our readers with local news and "
    "information that helps improve their quality of life and makes our community stronger.",
    "Free archives of stories are maintained on our site for one month.",
    "Contains periodically archived websites of political parties and movements.",
    "This collection includes sites related to the library's holdings in Irish literature.",
    "To view archived videos click on the videos link in the yellow banner at the top of the "
    "archived web page.",
    "If you have any questions, feel free to contact us.",
    "If you have need of our services, please call us, day or night.",
    "We're sorry, the page you are looking for cannot be found at this address.",
    "The petition you are trying to access has been removed from the site per our moderation "
    "policy.",
    "Also, you may find what you're looking for if you try searching below.",
    "Enter term( s ) in our search box to find what you are looking for.",
    "If you are looking for an older news story, it may no longer be here.",
    "Your vote has been counted, thank you for voting.",
    "Your credit card will not be charged until we ship the item.",
    "help central if you need more assistance.",
    "Your answers have been saved for later.",
    "You should receive your first issue soon!",
    "Use rush shipping for delivery by 12/24.",
    "Not valid for international shipping addresses.",
    "Order now and we ' ll deliver when available.",
    "Enter your current or past job.",
    "15.27 that's the end of our live coverage today.",
    "About your privacy on this site welcome!",
    "Not valid in ak or hi.",
    "Select an issue: all issues vol.",
    "You can expect your package to arrive by 12/24.",
    "Offer available on the bk ® app only.",
    "Build a bridge to your new career.",
    "Your images may appear online and in print.",
    "Join us to get a year of this content!",
    "Follow along below as we learn more details.",
    "Ad-free music for up to 6 household accounts.",
    "Immediate need we are here to help you.",
]

NEWS = [
    "Twitter suspended the account of the group's leader after users flagged a video he had "
    "posted, the company confirmed on Tuesday in a statement to reporters in London.",
    "“You can't ignore Twitter any more,” the senator said.",
    "If you lived through the 1998 floods, you will remember how quickly the river rose.",
    "The ministers met for nearly four hours in Sochi on Tuesday.",
    "Nearly 2,400 MS-DOS games are now available to play on the Internet Archive, its founder "
    "announced, in a project years in the making.",
    "Pamela and Louise always find time to volunteer for the PTA, while you were so busy at "
    "work that you forgot to make cookies for the bake sale.",
    "Police said the suspect had sent threatening emails to the school.",
    "' you ' ll never use twitter again, ' she wrote to her followers.",
    "The drug requested by the hospital is no longer available in Europe.",
    "'the crawling pace of the talks ' frustrated the archived delegates, she said.",
    "The airline sends a confirmation email to every passenger who books online.",
    "Markets can only react to what the central bank does, not to what it says.",
    "Facebook shares fell 4 percent after the company said user growth had slowed.",
    "The town's website was unavailable for most of Tuesday after the storm cut power.",
    "An earlier story on the barrier put its cost at 40,000 pounds below the estimate.",
    "The company reports on digital sales every quarter, and the mayor joins the lunch crowd.",
    "The judges selected the 2014 edition of the guide as the best.",
    "Voters can send us an example of the ballot they were handed, the paper said.",
    "The paper will republish the letters in a book next year.",
    "The interview, republished on Saturday, drew wide comment.",
    "Premium subscribers of the streaming service will pay more from March.",
    "Visitors may access the barrier's walkway from the quay at low tide.",
    # A publisher's words in a story: its poll, its staff's work, a quoted appeal.
    "As a result, many voters declined to share their ballots with our readers.",
    "She said she was proud of the work the editorial team had done on the series.",
    "“Please call us if you see him,” the sheriff told reporters on Monday.",
    "The archives of the paper's stories since 1851 were digitised last year.",
    "Investors are committed to providing capital to the readers' cooperative.",
    "Last year the government banned 32 websites, including popular sites like Vimeo and GitHub.",
    # A page, a search, a vote and a card as news tells of them.
    "The petition was removed from the White House website after the page drew 30,000 names.",
    "Rescuers said the search for the older boy would resume at dawn.",
    "Council members said the vote had been counted twice before the result was declared.",
    "Police said his credit card was charged $ 4,000 at a store in Ohio.",
    "The strike closed international shipping lanes for a week.",
    "The magazine's first issue sold out within a day, its publisher said.",
    "The court's order now binds the state, and we will appeal it, the governor said.",
    "The network said its live coverage of the storm would run through the night.",
]


@pytest.mark.parametrize("sentence", FURNITURE)
def test_furniture_is_caught(sentence: str) -> None:
    assert is_web_furniture(sentence)


@pytest.mark.parametrize("sentence", NEWS)
def test_news_is_kept(sentence: str) -> None:
    assert not is_web_furniture(sentence)


def test_cleaning_drops_furniture_inside_a_flattened_paragraph() -> None:
    from synoptic.clean import clean_article
    from synoptic.model import Article

    story = "The council approved the flood barrier on Tuesday after a long debate."
    story2 = "Work is due to start in May."
    widget = (
        "Tweet with a location you can add location information to your tweets, such as "
        "your city or precise location."
    )
    article = Article(id="a", text=f"{story} {widget} {story2}")
    cleaned = clean_article(article)
    assert cleaned.text == f"{story} {story2}"
    assert [(r.reason, r.text) for r in cleaned.removed] == [("web furniture", widget)]


def _reference(sentence: str) -> bool:
    """The rule as first written: the case-insensitive patterns on the text itself."""
    if web._QUOTED.search(sentence):
        return web._ARCHIVE_NAMES.search(sentence) is not None  # an archive's name is no speech
    if web._STRONG.search(sentence):
        return True
    if web._archive_words(web._ARCHIVE, sentence) >= 2:
        return True
    machinery = {m.group(0).lower() for m in web._MACHINERY.finditer(sentence)}
    if not machinery:
        return False
    words = len(sentence.split())
    if len(machinery) >= 2 and len(machinery) / words >= web.DENSE:
        return True
    addressed = bool(web._ADDRESS.search(sentence) or web._IMPERATIVE.match(sentence))
    return addressed and words <= web.PROMPT_MAX_WORDS


_PIECES = [
    *"tweet Tweets TWITTER e-mail Emails sign up Log In video player you YOUR You're".split(),
    *"crawl Crawled archive URLs hosts click Subscribe cookie policy JavaScript ad blocker".split(),
    *"Wayback Machine no more 404 ARCHIVE-IT internet archive ' s 'll feel free".split(),
    *"the story Kerry said news of PARIS flow İ ı ſ K É é ß - , . ’ “".split(),
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=4), max_size=14), st.booleans())
def test_fast_rule_matches_the_case_insensitive_reference(pieces: list[str], glue: bool) -> None:
    sentence = ("" if glue else " ").join(pieces)
    assert is_web_furniture(sentence) == _reference(sentence)


def test_fold_characters_are_all_listed() -> None:
    # Outside `web._FOLDS`, lower-casing a character neither changes its length or
    # word-ness nor disagrees with case-insensitive matching of the (lower-case,
    # ASCII) characters the patterns hold.
    lower_ascii = [chr(c) for c in range(128) if not chr(c).isupper()]
    caseless = {a: re.compile(re.escape(a), re.IGNORECASE) for a in lower_ascii}
    any_ascii = re.compile("[\x00-\x7f]", re.IGNORECASE)
    word = re.compile(r"\w")
    odd = []
    for code in range(128, sys.maxunicode + 1):
        char = chr(code)
        low = char.lower()
        reshaped = len(low) != 1 or bool(word.match(char)) != bool(word.match(low))
        folds = (low.isascii() or any_ascii.match(char)) and [
            a for a in lower_ascii if caseless[a].match(char)
        ] != [low]
        if reshaped or folds:
            odd.append(char)
    assert odd
    assert all(web._FOLDS.match(c) for c in odd)


def _language(pattern: str) -> set[str]:
    """Every string a finite pattern (literals, classes, alternation, ``?``) matches."""
    from re import _constants as constants  # type: ignore[attr-defined]
    from re import _parser as parser  # type: ignore[attr-defined]

    def strings(items: list[tuple[object, object]]) -> set[str]:
        found = {""}
        for op, arg in items:
            if op is constants.AT:
                continue
            if op is constants.LITERAL:
                options = {chr(arg)}  # type: ignore[arg-type]
            elif op is constants.IN:
                options = set()
                for kind, value in arg:  # type: ignore[attr-defined]
                    assert kind is constants.LITERAL, (pattern, kind)
                    options.add(chr(value))
            elif op is constants.SUBPATTERN:
                options = strings(list(arg[-1]))  # type: ignore[index]
            elif op is constants.BRANCH:
                options = set().union(*(strings(list(b)) for b in arg[1]))  # type: ignore[index]
            elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
                low, high, body = arg  # type: ignore[misc]
                assert high <= 3, pattern
                once = strings(list(body))
                options = set()
                runs = {""}
                for count in range(high + 1):
                    if count >= low:
                        options |= runs
                    runs = {r + o for r in runs for o in once}
            else:
                raise AssertionError((pattern, op))
            found = {f + o for f in found for o in options}
        return found

    return strings(list(parser.parse(pattern)))


def test_key_words_cover_every_term() -> None:
    # The pre-check in `is_web_furniture` is exact only if every term of the three
    # vocabularies, and every archive's name (quoted notes), holds a word of `KEY_WORDS`.
    patterns = (web._STRONG, web._ARCHIVE, web._MACHINERY, web._ARCHIVE_NAMES)
    terms = set().union(*(_language(p.pattern) for p in patterns))
    assert len(terms) > 100
    missed = [t for t in terms if web.KEY_WORDS.isdisjoint(re.findall(r"\w+", t.lower()))]
    assert not missed


@pytest.mark.parametrize(
    "sentence",
    ["He said no.", "It's over", "Don’t go", "a ‘b", "They told us", "nothing here", "saidx"],
)
def test_quote_pre_check_matches_the_pattern(sentence: str) -> None:
    assert web._quoted(sentence) == bool(web._QUOTED.search(sentence))


def test_archive_notes_are_told_from_other_furniture() -> None:
    assert web.is_archive_note("These crawls are part of an effort to archive pages as created.")
    assert web.is_archive_note('Crawls of supported " no more 404 " sites.')
    assert web.is_archive_note("Archived websites are primarily in English.")
    assert not web.is_archive_note("Sign up for our daily newsletter and get top stories.")
