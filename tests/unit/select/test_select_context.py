"""The dangling-context detector and the fitness filter."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from synoptic.select import context
from synoptic.select.context import is_dangling, is_unfit, quotes_a_speaker


@pytest.mark.parametrize(
    "text",
    [
        "He said the talks had gone well.",
        "She added that Russia was ready.",
        "They met for four hours in Sochi.",
        "It may be a sign of goodwill ahead of his European diplomacy.",
        "This is an enormous moment of opportunity.",
        "These meetings should be more than a test.",
        "His meeting with Mr. Putin was scheduled for later in the afternoon.",
        "Their talks lasted four hours.",
        "However, co-operation is only possible on an equal basis.",
        "Meanwhile, Russia has bristled at Washington's pledge.",
        "Still, the Russians were evidently quite pleased with the results.",
        "At the same time, he said that Russia and the U.S. agree.",
        "In addition, the ministers discussed Syria.",
        "In response, Moscow banned imports of European food.",
        "As a result, the ministers will meet again in Vienna.",
        "In turn, he directly linked the peace accords with sanctions.",
        "But the statement echoed the defiant tone of earlier comments.",
        "And with economic penalties beginning to bite, Putin is heading to Milan.",
        "Also on the agenda will be discussions regarding Iran.",
        "The two sides are also expected to discuss chlorine gas.",
        "For his part, Putin ordered troops back to their bases.",
        "“We have communicated with Russia,” the minister added.",
        "Kerry also said the sanctions could be rolled back.",
        "“We made progress in the chemical weapons,” he said.",
        "and then the talks ended.",
        "“He was very clear,” Lavrov told reporters.",
        # A subject the page linked, lost with its link.
        "Is now telling friends the brakes on her car failed.",
        "has just been sued for $ 5 million.",
        "Was not one of surprise, she says.",
        # A quote's attribution, the tail of a sentence cut after an aside, a list's item.
        "— herman cain, washington post-bloomberg debate, october 11, 2011",
        "-- and the riskiness of the release.",
        "- The task force will meet on June 22.",
        "– a full day to chew, digest, absorb and solve.",
        # A quote and nothing else: its speaker is named beside it.
        '"The council is monitoring the situation at the barrier closely."',
        "“Nobody expected the water to rise so fast. It came in minutes.”",
    ],
)
def test_dangling(text: str) -> None:
    assert is_dangling(text)


@pytest.mark.parametrize(
    "text",
    [
        "Helsinki said the talks had gone well.",
        "Theresa May met Putin in Moscow.",
        "Thessaloniki hosted the summit.",
        "Italy's foreign minister met Lavrov.",
        "Andrew Jackson was the seventh president.",
        "Sochi hosted the meeting between Kerry and Lavrov.",
        "Secretary of State John Kerry met Russian President Vladimir Putin in Sochi.",
        "Putin, for his part, has ordered 17,600 troops back to their bases.",
        "Russia last month announced it would lift a ban on missiles to Iran.",
        "Although the talks centred on Ukraine, Syria was also discussed.",
        "The company added 200 jobs in March.",
        "U.S. officials believe the tide may be turning against Assad.",
        "17,600 Russian troops were ordered back to their bases.",
        "Israel is angry about the deal.",
        "Hasbro said on Monday that sales rose.",
        "Had Steve McQueen not named his film so, the title would fit.",
        "Were it not for the rain, the talks would have gone on.",
        # A connective that names what it answers or adds to.
        "In response to the sanctions, Moscow banned imports of European food.",
        "In addition to Syria, the ministers discussed Ukraine.",
        "As a result of the talks, the ministers will meet again in Vienna.",
        "Instead of a vote, the council held a public meeting.",
        # A minus sign is no dash.
        "-5 degrees was the coldest night of the year in Eastbury.",
        # A quote with its speaker, or with words of the writer's after it.
        '"The barrier will hold," the mayor of Eastbury said.',
        "“Resilience” was the word the council chose for its barrier plan.",
    ],
)
def test_not_dangling(text: str) -> None:
    assert not is_dangling(text)


@pytest.mark.parametrize(
    "text",
    [
        "What is a Geopolitical Diary?",
        "So what are they willing to give us?",
        # A quoted question, as Multi-News spaces its marks, and one with an exclamation.
        'so the reporter asked: " is the barrier safe? "',
        "What in the world is this council building?!",
        # A fan's or a tweet's exclamation.
        "You have inspired so many people in so many ways, thank you so much for that!!!",
        "“It’s important to try to talk to the senior decision maker,” said the official.",
        "(AP Photo/Carolyn Kaster, Pool)",
        "Join our WhatsApp group",
        "Subscribe to our Daily Roundup Email.",
        "Read more at https://example.com/story.",
        "US Secretary of State to meet Putin and Lavrov",
        "the report says Russia spent more than",
        "Read more on this latest discovery...",
        "It is believed he had been frequenting the area recently…",
        "“It's amazing how many mistakes are being made. ...”",
        "File - this March 27, 2008, aerial file photo shows the Pentagon in Washington.",
        # Ended inside a quote: its attribution, or its words, are in the next sentence.
        '" you touch my junk, "',
        "“The talks were useful,”",
        'Staffers told cnn that they "',
        # A page cut off after a title, as Multi-News cuts its pages.
        "Pia carusone, ms. Giffords's chief of staff, cautioned that mr.",
        "The officers were then joined by then-Sen.",
        # The tail of a quote opened in an earlier sentence: the speaker's words.
        'We can arrive at the lowest possible rate, which is 9-9-9. "',
        'The UN says the toll is nearing 150,000 and may never be known."',
        # The tail of a bracket opened before: a live page's stamp, "(0045 in Egypt)".
        ") Protesters in the streets of Cairo are calling for Mubarak to leave.",
        "] kaayk said he attempted the hoax because it is everybody's dream to fly.",
    ],
)
def test_unfit(text: str) -> None:
    assert is_unfit(text)


@pytest.mark.parametrize(
    "text",
    [
        "Secretary of State John Kerry met Russian President Vladimir Putin in Sochi.",
        "Kerry said: “The world benefits when powerful nations find common ground.”",
        "The talks lasted four hours (the longest this year).",
        "He paused... and then the talks resumed in Geneva.",
        "The agency filed a photo request with the museum.",
        'He called it a "deal"',
        'The minister said the talks were " useful. "',
        "In 2015 she was diagnosed with MS.",
        'He called the rate " simple. "',
        "He counted the items.",
    ],
)
def test_fit(text: str) -> None:
    assert not is_unfit(text)


def test_lower_case_opening_dangles_only_in_cased_text() -> None:
    text = "dan brown has topped the list of most donated authors again."
    assert is_dangling(text)
    assert not is_dangling(text, cased=False)
    # A pronoun dangles in either case.
    assert is_dangling("he said the shop had too many copies.", cased=False)


def test_case_normalised_article_keeps_lower_case_sentences() -> None:
    import datetime as dt

    from synoptic.model import Article
    from synoptic.select import select_sentences
    from synoptic.text import split_sentences

    text = (
        "oxfam says dan brown is the most donated author in its shops this year. "
        "dan brown has topped the charity's list for the fourth year running now. "
        "staff at the swansea shop asked people to stop giving them his novels."
    )
    article = Article(id="a", text=text, date=dt.date(2024, 1, 1))
    chosen = select_sentences(split_sentences(article), articles=[article], words=40)
    assert chosen and chosen[0].text.startswith("oxfam")


@pytest.mark.parametrize(
    "text",
    [
        "In the east, it has provided support for armed pro-Russian groups.",
        "On Tuesday, he said the talks would go on.",
        "Obviously, the United States would not have proposed the meeting lightly.",
        "The United States would not have proposed such a meeting without a good reason.",
    ],
)
def test_dangling_behind_an_opening(text: str) -> None:
    assert is_dangling(text)


@pytest.mark.parametrize(
    "text",
    [
        "In the east, pro-Russian groups have received support from Moscow.",
        "Countries such as France and Germany backed the plan on Monday.",
        "Despite the sanctions, Russia kept its troops in the region.",
    ],
)
def test_not_dangling_behind_an_opening(text: str) -> None:
    assert not is_dangling(text)


@pytest.mark.parametrize(
    ("text", "cased"),
    [
        # Readers' accounts and reviews, columnists, correspondents' own days.
        ("I am living in Oaxaca state where the first death reportedly occurred.", True),
        ("I would leave minus stars if i could, because my moving experience was awful.", False),
        ("Tuesday night, my father won the Arizona Republican primary for the Senate.", True),
        ("WEDNESDAY, 29 APRIL, MEXICO It usually takes me about 40 minutes to get to work.", True),
        ("i ' m on the back of his new harley, on what is essentially a date.", False),
        ("The commander, Field Marshal Tantawi, I assume is the man in charge now.", True),
        # A quote's tail: its speaker is named sentences before.
        ('I think it would be more appropriate. "', True),
    ],
)
def test_first_person_without_a_speaker_dangles(text: str, cased: bool) -> None:
    assert is_dangling(text, cased=cased)


@pytest.mark.parametrize(
    "text",
    [
        'I am happy to announce he has agreed, " Kelly said in a statement.',
        '"The buildings are three times as high as Jackie Chan," Whiteley tells me.',
        'Critics called the film "my best work yet" in their reviews on Monday.',
        'The minister said " i will not resign " on Monday.',
        "World War I veterans gathered in Paris on Sunday.",
        "Queen Elizabeth I ruled England for 44 years.",
        "I-dosing involves listening to droning sounds through headphones.",
        "The ruling, i.e. the law, was passed in March.",
        "Portland, Me., police said the man was arrested.",
    ],
)
def test_first_person_with_a_speaker_or_not_a_pronoun_stands(text: str) -> None:
    assert not is_dangling(text)


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ('"We have created a new model," Trumka said in a statement.', True),
        ('" it is time to act, " said devon anderson, the harris county da.', True),
        ("Microsoft told the journal it had “no comment” on the fine.", True),
        ('"We have created a new model."', False),  # whose words?
        ('The fund called the deal "a new model" on Monday.', False),  # a phrase, no saying
        ("Trumka said the union had created a new model.", False),  # reported, not quoted
    ],
)
def test_quotes_a_speaker_needs_a_quote_and_a_verb_of_saying(text: str, quotes: bool) -> None:
    assert quotes_a_speaker(text) is quotes


@pytest.mark.parametrize(
    "text",
    [
        "Washington ( cbsla.com/ap ) — The president was briefed on the shooting.",
        "The council voted 9/10 in favour of the barrier on Tuesday.",
        "He works 24/7 on the barrier, the engineer said.",
        "Her lead has narrowed, according to a reuters/ipsos poll.",
        "The advertisement ran on Tuesday, and the council paid for it.",
        "An advertisement revealing how the barrier works won an award.",
        "The council gave the engineers credit for the barrier's design.",
    ],
)
def test_an_agencys_dateline_and_slashes_in_prose_are_no_credit(text: str) -> None:
    assert not is_unfit(text, lead=True)


def test_glued_photo_credits_and_page_markers_are_unfit() -> None:
    for text in (
        "&#124; mark wilson/getty images white house trump uses the attack to push for funding.",
        "Reuters/max rossi u.s. economist jeffrey sachs speaks during an interview in rome.",
        # A headline and a photographer's credit run into the lead.
        "Barrier singer found dead at 50 jane doe / redferns / getty the singer was found.",
        "Barrier review: a dull opening doe/ap like a tide left out, the film has no pull.",
        "Barrier scandal grows mccarthy/wireimage the mayor allegedly threw a drink.",
        "via getty she announced her departure on instagram on monday.",
        "Jane doe poses with her medal, reuters/john roe in the end it took a point.",
        "Jane doe and john roe credit: pa photos october 19 was a nice day for a wedding.",
        "{ if djisflashpossible } the version of the player required has not been found.",
        "Barrier show debuts copyright 2010 jane doe imaging the mayor joins the show.",
        '" the barrier\'s new look " advertisement the barrier has a new look: it is blue.',
        'For example: advertisement "i know you moved my barrier, please stop. "',
        "Fill in your details in the form below to join our mailing list and keep up.",
        "please share on linkedin in december 2011, the council said it had voted.",
        "Tailor abu khatab sews flags in nablus, sept. 13, 2011. ( ap photo/nasser ) he works.",
        "Advertisement via the topeka capital-journal, a senator set a dress code for witnesses.",
        "Courtesy of gucci advertisement - continue reading below campaign ads were banned.",
        'You can find this control in your browser "options " or "preferences " menu.',
        '"Please respect their privacy. " advertisement advertisement depp has been with her.',
        'He spoke on the radio. " advertisement "this is a woman who is in there, " he said.',
        "They were saying it. denis mukwege image copyright panzi hospital victims filled beds.",
        "Producer sarah koenig on serial, a global podcast hit » c. justin brown, said it.",
        "Serial fans eye baltimore as ruling approaches read more the family then wrote to fans.",
        # Photo and gallery labels glued to their captions, a text-size control.
        "Buy photo brendan ryan of the auction gallery authenticated a music sheet.",
        "Open this photo in gallery tourists wander through the seeds in millgrove.",
        "View slideshow associated press an afghan police officer carries an injured man.",
        "Text size comments ( 3 ) this story is by chaim levinson though the premier denies it.",
        # A recommendation widget's script.
        "push( { mode:'thumbnails-c ', container:'taboola-gallery-5 ', target_type: ' mix ' } );",
        "Buzz60 emma wren gibson of clinton, tenn., became the oldest frozen embryo to be born.",
        # Opinion pages' notes and gallery links (full pages of Timeline17).
        "Editor's note: David Gergen is a senior political analyst for CNN.",
        "The opinions expressed in this commentary are solely those of David Gergen.",
        "The opinions expressed are solely those of Rashid Khalidi.",
        "Gallery: Civil war in Libya A four-story building was heavily damaged, he reported.",
        "Photograph: Miguel Tovar/AP Live blog: As the death toll rose, governments acted.",
        "Live blog: As the death toll rose, governments acted.",
        "This undated photo released by the council shows, from left, Jane Doe and John Roe.",
        "Councillors Jane Doe (from left) and John Roe pose on Monday at the barrier.",
        "In pics: Flood hits Eastbury Large areas of the town have been flooded.",
        # Video and audio clips' blurbs.
        "CNN's Ben Wedeman discusses the significance of Saif al-Islam Gadhafi's capture.",
        "Alistair Leathead reports from Los Angeles on reaction to the verdict.",
        "Kirsty Young presents an appeal on behalf of the Disasters Emergency Committee.",
        "Nbc 7's dave summers reports on the death of a carlsbad woman found in her home.",
        "Beverly white reports from downtown los angeles for the nbc4 news on friday, march 28.",
        "Views expressed in the comments do not represent those of Reuters.",
        "Watch: 'saturday night live ' cold open advertisement rudy giuliani tried it.",
        "WATCH: The senator explains her vote on the bill.",
        'See the most-read stories in entertainment this hour >> " answering yes is tricky.',
        "Follow the latest updates and reactions to the spread of the virus Travellers wait.",
        # A page's label with its value, the story's first sentence often run on.
        "Credit: imperial college london electrically charged volcanic ash short-circuited it.",
        "Image: cards against humanity unsurprisingly, the most common purchases were gadgets.",
        "By: ctvbc.ca a cute youtube video of a cat sniffing a newborn fawn turns frightening.",
        'photos: stars we\'ve lost " he was one of my truest friends, " she said.',
        "Warning: viewer discretion is advised.",
        "storyidforme: 38753499 tmspicid: 12121923 updated: the congressman is heading home.",
        # A related story's tag, a player's, a contest's, a site's notice, a credit.
        "Story: savannah guthrie: 10 things to know meanwhile guthrie co-hosts the show.",
        "News: that time chris pratt rescued jeremy sisto's kids weirdly, pratt's not alone.",
        "Close sportspulse: usa today sports ' peter barzilai discusses the findings.",
        "Expired: win universal studios hollywood family 4-packs of tickets.",
        "Grant support: from the national center for research resources to the barrier study.",
        "Acknowledgment: the authors thank the study participants for their cooperation.",
        "Please note: access to the article is from the computer on which it is purchased.",
        "Illustration: jim cooke, photo: getty presumptive nominee donald trump spoke.",
        "Enlarge image close zuma press foxconn's yantai facility was the focus of controversy.",
        "View images a worker looks after islamic manuscripts in timbuktu in 2004.",
        "Enlarge by jane doe, paramount pictures strange doings: two detectives investigate.",
        "Enlarge talk about being blindsided.",
        "View full caption dnainfo/jane doe eastbury — the barrier closed on Monday.",
        "View photo gallery: the senator said on Tuesday he would not run again.",
        "Play video video: nurse prank djs break their silence the nurse took the call.",
        "gallery: dwts contestants ham it up on the red carpet this week.",
        ">>eastbury police talk about the flood that left 1 dead the barrier held on tuesday.",
        "Home > video > most popular barrier shut as storm nears the barrier was shut today.",
        "Home » news » the council said the barrier would be shut today, officials said.",
        "Get the full story with unlimited access to bostonglobe.com.",
        "View larger version: download as powerpoint slide figure 1.",
        "Profile jamal khashoggi show hide jamal khashoggi is a journalist.",
        "Your display name is the name that is publicly visible to other users.",
        "previously: angelina jolie's new film is called in the land of blood and honey.",
        "← return to water cooler president barack obama visited a classroom in virginia.",
        "For the latest updates, check out our latest forecast article.",
        "Explore all of our oil spill graphics to track the spill and see its effects.",
        "Details on her potential dancing dreams after the jump!",
        # A tweet's words: hashtags outside quotes, or its "#breaking" label.
        "A group of people are waiting for the humanitarian #aid #convoy at an entrance.",
        "#breaking someone has died after a fall from the cliff near the beach.",
        "Links to external websites are provided as a convenience and are no endorsement.",
        # Where a picture or a page's item stands.
        "At left is sam adam.",
        "From left: rose byrne in ralph lauren and rihanna in comme des garcons at the gala.",
        "Above: sound-absorbing wedges inside the chamber.",
        "Below, we explore the debate around right-to-work laws.",
        # A page sending its reader to a clip, a player's or a related list's label.
        "Watch the clip below.",
        "Watch a young amy sing along to a madonna classic in her audition video.",
        "Listen to the house's special edition on the barrier on march 29 at 9 a.m.",
        "Watch the report authorities said that the man was swimming near the coast.",
        "Related news the state government says the disease is not contagious.",
        "Related serena williams announces pregnancy with snapchat photo tennis superstar.",
        "Latest developments busy shopping street the bomb detonated at 8: 22 a.m.",
        "More from reuters wikileaks releases hacked audio files.",
        "Video provided by newsy customers wait in line at the store in manhattan.",
        "Share advertising the father of the soldier said he was stunned to learn of it.",
        "Image via instagram since she was spotted in 2008, she has been a model.",
        # A bare label run into the story.
        "Video donald j. Trump and hillary clinton barreled toward a showdown on tuesday.",
        "photo joseph zwilling, a spokesman for the archdiocese, denounced the comments.",
        "Image the cover of the dance track she released under another name in the 1980s.",
        "Analysis there had been intense speculation about how the meeting would go.",
        "See all states on our presidential map.",
        "Read the rest of her series on cyberbullying.",
        "Please try the following: if you typed the address, check its spelling.",
        "Check out eight surprising facts about the flood barrier.",
        "Scroll down for funeral service information.",
        "For the most comprehensive local coverage, subscribe today.",
        "Could not subscribe, try again later invalid email the barrier held.",
        "Re-enter zip code or sign up for digital access.",
    ):
        assert is_unfit(text), text


def test_news_naming_agencies_and_adverts_stays_fit() -> None:
    for text in (
        "A Reuters/Ipsos poll found that most voters backed the measure.",
        # A hashtag named in news: one, a quoted tweet's, or where "hashtag" says so.
        "The #metoo movement has done an incredible amount of good, the senator said.",
        'Paul tweeted: " good morning and #happy festivus! later: #airingofgrievances. "',
        "Users claimed to have missing relatives using the hashtags #egyptair and #ms804.",
        # Reports, not a reporter's clip.
        "According to reports from Havana, hotels there were affected only marginally.",
        "Above all, the council wants the barrier finished before the storms.",
        "Us weekly reports on friday, the couple married in a small ceremony.",
        "But persistent reports from iraq say they have been using chlorine gas.",
        "Local media reports from the region described heavy fighting overnight.",
        "Then the whole row from left to right was shot, the witness said.",
        "The advertisement was banned by the Advertising Standards Authority on Tuesday.",
        "The company said it expects to have 24 million subscribers at the quarter's end.",
        "The overhaul was on track to sign up more than 7 million americans on monday.",
        "If workers don't sign up, their medical coverage will jump by $50 a month.",
        "The agency said the video had been viewed two million times by Friday.",
        "An advertisement showing how alcohol causes cancer was the most effective one.",
        "The perpetrator did not state in the letter when the cookie might be returned.",
        "An earlier letter demanded that cookies be delivered to children at a hospital.",
        # What a clip showed, told by the story; words that only open like a page's label.
        "Video of the incident shows the student throwing a basketball at him.",
        "Watch-wise, that would put things right on track with the company's habit.",
        "Video posted online showed him walking into a room with his portrait on a wall.",
        "Photo ID laws were struck down in three states last year, the court noted.",
        "Analysis of 74 herbivore species, published in a journal, blamed poaching.",
        "Seen from the air, the flooded valley looked like a lake, the pilot said.",
        "Readers of the paper wrote hundreds of letters to the editor that week.",
        "Pleased with the result, the minister said the talks would go on.",
        "Video surveillance obtained by police shows the truck hitting the barrier.",
        "Watchdog groups said the rule would cost consumers billions of dollars a year.",
        "Share prices fell by a third after the company warned on its profits.",
        "Relatives of the victims said they would appeal the ruling in March.",
        "The former governor served students cookies amid a school cookie ban debate.",
        "Those who have read more of the series' books liked the film less, the poll found.",
        "Mutz discusses how, in the novels, the heroes defend outsiders.",
        "Barack Obama discusses the plan with aides every week, a spokesman said.",
        "The minister presents the budget on Tuesday.",
        "Watchers say the storm will turn north by Friday.",
        "Sources said the credit line was extended; a note was filed.",
        "Exclusive: in a stunning reversal, the army decided to retain the soldier.",
        "The news: the army decided to retain the soldier, officials said.",
        "Earlier this week, the storm turned north.",
        "Viewers complained to the regulator, which enlarged its inquiry on Monday.",
        "Gallery owners said the painting would be sold in May.",
        ">> the council tested almost 100 samples of the river water last month.",
        # What users can click, as news tells it.
        "Anyone can click on the link and begin searching the images, the agency said.",
        "Users will be able to click on a link to learn why a story is disputed.",
        "From there, check report to facebook and click continue.",
        "Nearly 28,000 people clicked a like button, praising the decision.",
    ):
        assert not is_unfit(text), text


def test_a_sentence_under_a_label_in_capitals_is_unfit_but_a_leads_dateline() -> None:
    # A transcript's speaker and a fact box's heading: words a summary would give as its own.
    for text in (
        "COOPER: Ivan, you and your team have risked your lives in the last two weeks.",
        "BUSH: The Federal Reserve is also taking steps to provide additional liquidity.",
        "UNIDENTIFIED FEMALE: What do you want to do with the money?",
        "VOTING RULES: Only party members can vote in primaries.",
    ):
        assert is_unfit(text), text
    # An article's first sentence may open with a place so, as a dateline.
    assert not is_unfit("NEW DELHI: The government said on Monday it would act.", lead=True)
    assert not is_unfit("US officials said: the alliance would act on Monday.")


def test_a_headline_run_into_a_lead_that_restates_it_makes_the_lead_unfit() -> None:
    # Lower-cased and flattened, a page's headline or caption runs into its lead, and
    # the lead says it again: no capital marks where one ends, the words coming back do.
    for text in (
        "Harbor city council rejects stadium plan after late-night vote the harbor city"
        " council rejected a plan for a new stadium early on wednesday after a debate that"
        " ran past midnight.",
        "Rescue workers search the rubble of a warehouse rescue workers pulled two people"
        " from the rubble of a collapsed warehouse on tuesday.",
    ):
        assert is_unfit(text, lead=True), text
        # Asked of a lead only: past it, parallel clauses repeat their words.
        assert not is_unfit(text), text


def test_a_lead_that_repeats_its_own_words_stays_fit() -> None:
    for text in (
        # Two of its words come back: not a restatement.
        "France will join the planned peacekeeping force in the region, which will replace"
        " an african peacekeeping force deployed there since january.",
        # A stop before the words come back: two sentences, not a headline and its lead.
        "The council rejected the stadium plan on tuesday. The council said the stadium"
        " plan was too costly for the city.",
        # Four come back, but not its subject: a comparison, not a headline said again.
        "Sixty percent of older drivers think the wide roads are safer than the narrow"
        " roads, while younger drivers think wide roads are worse.",
    ):
        assert not is_unfit(text, lead=True), text


def test_picture_credits_run_into_a_sentence_make_it_unfit() -> None:
    for text in (
        "Courtesy of the council on Tuesday, the barrier was shut for the first time.",
        "Photograph courtesy of the county's records office the mayor was arrested in May.",
        "Image jane doe credit via the county prosecutor's office the barrier held.",
        "Front of the new bill: image credit the national archive, the barrier is on it.",
        "Jane doe/courtesy of the council/handout the mayor opened the barrier on Tuesday.",
        "The barrier at dawn ( photo courtesy of the council ).",
        "Photographs by max whittaker dec. 5, 2018 eastbury — at dawn the barrier closed.",
        "Illustration by jane doe parents of girls are 5 percent more likely to move.",
        "Video by kleber pires shows the barrier closing at dawn on Tuesday.",
    ):
        assert is_unfit(text), text
    for text in (
        "Cocktails courtesy of a local distiller were served at the opening on Tuesday.",
        "The latest news comes courtesy of a report published by the council on Friday.",
        "Images posted online show the suspect using a stolen credit card in the town.",
        "Images of the barrier were credited to a local photographer, the council said.",
    ):
        assert not is_unfit(text), text


def test_instructions_to_click_the_pages_controls_are_unfit() -> None:
    for text in (
        "See photos by clicking here.",
        "Otherwise, click below.",
        "( click prev or next to continue viewing images. )",
        "Nsfw photo: click for a close-up of the mayor's sign.",
        "By clicking continue below and using our sites or applications, you agree to this.",
        "Or click to see a full list of fundraisers for that region.",
        "If you wish to remain on the site, click the cancel message.",
        "Courtesy of the council; click to enlarge the barrier opened on Tuesday.",
        "Click on the republish link at the bottom of every story.",
    ):
        assert is_unfit(text), text


def test_a_link_label_or_a_gallerys_buttons_run_on_make_a_sentence_unfit() -> None:
    for text in (
        '"It was a long night. " related: council delays flood vote the mayor said she was sorry.',
        "■ related: barrier costs soar ■ related: town braces for storm the ice cover shut "
        "the harbour.",
        '"The water rose fast. " watch: for more, visit our flood section.',
        "► watch: the mayor's speech to the council she thanked the volunteers.",
        "Related: photo of the barrier wins a prize in 2010, the council put it on its cover.",
        "Facebook kstp/jane doe previous next a source said the barrier failed at dawn.",
        "Previous next enlarge the barrier would close the harbour mouth in a storm.",
        "See also: court refuses to halt the barrier the ruling came on Tuesday.",
    ):
        assert is_unfit(text), text
    for text in (
        "The two findings are closely related: both point to the same flood defences.",
        "Residents gathered to watch: the gates closed at dawn on Tuesday.",
    ):
        assert not is_unfit(text), text


def test_a_lone_letter_opening_a_sentence_makes_it_unfit() -> None:
    for text in (
        "T heidi klum took her followers surfing with this snap of the barrier.",
        "H arry reems is enjoying what he calls his moment on the barrier.",
        "S the power couple was quickly introduced to the mayor at the barrier.",
    ):
        assert is_unfit(text), text
    for text in (
        "A man was arrested on Tuesday after the barrier failed in the storm.",
        "I think the barrier will hold through the winter, the mayor said.",
        '" we are ready to close the barrier, " the mayor said on Tuesday.',
        "O. J. Simpson was acquitted in 1995 after a trial that lasted months.",
    ):
        assert not is_unfit(text, quote_openings=True), text


def test_a_named_speakers_label_makes_a_sentence_unfit_but_not_a_speakers_verb() -> None:
    for text in (
        "Judy woodruff: the council voted on Tuesday to build the barrier.",
        "Mike archer: well it pretty well blew our minds.",
        "Anna Marsh: the barrier will not be finished before the storms.",
    ):
        assert is_unfit(text), text
    for text in (
        "Ciara added: the barrier will be finished before the storms.",
        "John Kerry said: the talks lasted four hours on Tuesday.",
        "Case in point: the barrier held through the storm on Tuesday.",
        "Anna's statement: the barrier will be finished before the storms.",
    ):
        assert not is_unfit(text), text


def test_cookie_notices_are_unfit() -> None:
    for text in (
        "We use cookies to give you the very best experience on our website.",
        "Please enable cookies on your web browser in order to continue.",
        "Learn more, including about available controls: Cookies Policy.",
        "If you continue without changing your cookie settings, you consent to this.",
        "Disabling cookies may prevent our website from working efficiently.",
        "Cookies cannot be used to identify you personally.",
    ):
        assert is_unfit(text), text
    # ... and so does a notice on the ads a site serves and the data it keeps ...
    for text in (
        "Our partners include third party advertisers who serve personalized digital ads.",
        "Those advertisers use tracking technologies to collect information about your activity.",
        "Even if you opt out, you will still see non-personalized ads on our site.",
    ):
        assert is_unfit(text), text
    # ... but not news of them.
    assert not is_unfit("A breach exposed personal data about more than 100,000 drivers.")


_PIECES = st.sampled_from(
    [
        *context._BOILERPLATE,
        "Such a",
        "such an",
        "added.",
        "also said",
        "further noted",
        "Advertisement",
        ". advertisement ",
        "He",
        "the",
        " ",
        ",",
        ".",
    ]
)


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_substring_tests_never_skip_a_regex_match(text: str) -> None:
    # The cheap tests that guard each regex must hold wherever the regex matches.
    lower = text.lower()
    marker = re.compile("|".join(re.escape(m) for m in context._BOILERPLATE))
    assert bool(marker.search(lower)) == any(m in lower for m in context._BOILERPLATE)
    if context._AD_SLOT.search(lower):
        assert "advertisement" in lower
    if context._SUCH.search(text):
        assert "such" in lower
    if context._RESUMED.search(text):
        assert "added" in lower or "also" in lower or "further" in lower


def test_page_text_is_what_the_cleaners_rules_take() -> None:
    assert context.is_page_text("Get push notifications with news, features and more.")
    assert context.is_page_text("The Associated Press contributed to this report.")
    assert not context.is_page_text("Police said the suspect had sent threatening emails.")


def test_page_text_holds_a_wire_caption_the_cleaners_split_hid() -> None:
    caption = (
        "Cars line up along highway 60 as smoke from the wallow fire billows overhead "
        "outside of springerville, ariz., tuesday, june 7, 2011."
    )
    assert context.is_page_text(caption)
    assert not context.is_page_text("The fire had burned 600 square miles by Tuesday, June 7.")


@pytest.mark.parametrize("marker", context._BOILERPLATE)
def test_every_boilerplate_marker_is_found_by_its_character(marker: str) -> None:
    # `_holds_boilerplate` tries a marker only where its least common character is.
    assert context._holds_boilerplate(f"the council said {marker} on tuesday.")
    assert context._holds_boilerplate(marker)


@given(st.text(alphabet=sorted(set("".join(context._BOILERPLATE))), max_size=60))
@settings(max_examples=300, deadline=None)
def test_boilerplate_by_character_finds_what_every_marker_finds(text: str) -> None:
    assert context._holds_boilerplate(text) == any(m in text for m in context._BOILERPLATE)
