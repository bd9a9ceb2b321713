"""Wire datelines: trimmed where they open a story, in any case and any agency's form."""

from __future__ import annotations

import pytest

from synoptic.text.datelines import trim_bracket, trim_connective, trim_dateline, trim_opening


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("LONDON (AP) _ An influential lawmaker spoke.", "An influential lawmaker spoke."),
        ("BONN, Germany (AP) _ German police raided sites.", "German police raided sites."),
        ("NEW YORK, Oct. 3 (Reuters) - The index fell.", "The index fell."),
        ("MOSCOW — Russia said no.", "Russia said no."),
        ("A US - Russia deal was signed.", "A US - Russia deal was signed."),
        ("Kerry met Lavrov.", "Kerry met Lavrov."),
        (
            "Richmond, va. ( ap ) — when the couple were indicted, they stood together.",
            "when the couple were indicted, they stood together.",
        ),
        ("New orleans ( ap ) — it was more than seven years.", "it was more than seven years."),
        # A newspaper's: a town and its region before a dash, in any case.
        (
            "Dover, fla. — the f.b.i. agent spurred the inquiry.",
            "the f.b.i. agent spurred the inquiry.",
        ),
        ("beirut, lebanon — more than 90 people were killed.", "more than 90 people were killed."),
        (
            "London, England — For the second time, crowds came.",
            "For the second time, crowds came.",
        ),
        ("Ann arbor, mi - a new study finds.", "a new study finds."),
        # Before a double hyphen, whose first "-" is no word of the region.
        (
            "Cleveland, ohio -- browns coach dowell loggains said.",
            "browns coach dowell loggains said.",
        ),
        # A phrase before a dash: its last words are no region.
        (
            "When officers arrived, brockie – who went by oderus – was found dead.",
            "When officers arrived, brockie – who went by oderus – was found dead.",
        ),
        (
            "Back in 2011, another fan -- mariah -- made claims.",
            "Back in 2011, another fan -- mariah -- made claims.",
        ),
        (
            "The heat in texas, georgia — all of it — was bad.",
            "The heat in texas, georgia — all of it — was bad.",
        ),
        (
            "In ohio, texas - and elsewhere - polls closed.",
            "In ohio, texas - and elsewhere - polls closed.",
        ),
        # UPI's: place, country and date before the agency (7 sentences of Multi-News val).
        (
            "Bukoba, tanzania, sept. 10 ( upi ) -- officials said 11 people were killed.",
            "officials said 11 people were killed.",
        ),
        ("Washington ( cnn ) republican investigators asked.", "republican investigators asked."),
        (
            "Beverly hills, calif., feb. 13, 2013 / prnewswire/ -- the group announced a show.",
            "the group announced a show.",
        ),
        (
            "The deal (AP reported) - in full - was signed.",
            "The deal (AP reported) - in full - was signed.",
        ),
        (
            "(Reuters) - A team of experts released its estimate.",
            "A team of experts released its estimate.",
        ),
        # A photo's credit run into the dateline (Multi-News); alone, it stays.
        ("Reuters/kcna seoul ( reuters ) - thousands gathered.", "thousands gathered."),
        (
            "Reuters/ivan sekretarev/pool/file photos moscow ( reuters ) - the talks began.",
            "the talks began.",
        ),
        (
            "Reuters/tim wimborne the latest novel sold well.",
            "Reuters/tim wimborne the latest novel sold well.",
        ),
        ("San bernardino >> as community members mourned.", "as community members mourned."),
        ("Albuquerque, n.m. >> the bones were found.", "the bones were found."),
        (">> reporter: this is not the first time.", ">> reporter: this is not the first time."),
        ("He said the index >> will rise.", "He said the index >> will rise."),
        # A page's time stamp, then a dateline or the story (full pages of Timeline17).
        ("Friday 1 May 2009 21.14 BST People cross a busy street.", "People cross a busy street."),
        # The same stamp with the headline a flattened page ran before it.
        (
            "Rig operator hits back at the report Wednesday 8 September 2010 16.42 BST Outgoing "
            "BP chief executive Tony Hayward felt the report exonerated his company.",
            "Outgoing BP chief executive Tony Hayward felt the report exonerated his company.",
        ),
        (
            "The talks on Wednesday 8 September 2010 ended.",
            "The talks on Wednesday 8 September 2010 ended.",
        ),
        ("Wednesday, July 21, 2010; 8:54 PM The search is on.", "The search is on."),
        (
            "8 November 2011 Last updated at 14:07 GMT Help The doctor faces jail.",
            "The doctor faces jail.",
        ),
        ("Thu May 27, 2010 12:32 pm EDT (Reuters) - A team met.", "A team met."),
        (
            "BEIRUT | Wed Apr 27, 2011 10:19am EDT BEIRUT (Reuters) - Assad is fighting on.",
            "Assad is fighting on.",
        ),
        (
            "GELSENKIRCHEN, Germany | Wed Apr 27, 2011 8:12am BST GELSENKIRCHEN, Germany "
            "(Reuters) - Schalke need a miracle.",
            "Schalke need a miracle.",
        ),
        ("Home | Sport | Football fans met.", "Home | Sport | Football fans met."),
        (
            "Nov. 29, 2018, 1: 40 am gmt / updated nov. 29, 2018, 1: 52 am gmt by phil "
            "mccausland for weeks, veterans have raised an alarm.",
            "for weeks, veterans have raised an alarm.",
        ),
        (
            "June 1, 2016, 10: 51 pm gmt / updated june 1, 2016, 10: 51 pm gmt by maggie fox "
            "and you thought the 70s were wild.",
            "by maggie fox and you thought the 70s were wild.",
        ),
        (
            "Sep. 16, 2014, 4: 30 pm gmt / updated sep. 16, 2014, 3: 22 pm gmt / source: reuters "
            "one of kiev's politicians is full of rubbish.",
            "one of kiev's politicians is full of rubbish.",
        ),
        (
            "Page last updated at 07:48 GMT, Tuesday, 8 November 2011 The trial began.",
            "The trial began.",
        ),
        (
            "LIBYA, 5:32 p.m. ET, 12:32 a.m. local: The United States condemned it.",
            "The United States condemned it.",
        ),
        # A page's bracketed note before the story (Multi-News), then any dateline.
        (
            "( published saturday, june 4, 2016 ) what to know around 276 dogs were seized.",
            "around 276 dogs were seized.",
        ),
        ("( published 28 minutes ago ) the bus crashed.", "the bus crashed."),
        ("( scroll down for updates ) the rebels were to meet.", "the rebels were to meet."),
        (
            "( this refiled version of the story corrects spelling ) kiev ( reuters ) - he said.",
            "he said.",
        ),
        ("(Updates with comment) LONDON (Reuters) - The index fell.", "The index fell."),
        ("(Correction: an earlier version misspelt it) The man left.", "The man left."),
        ("(left) Obama met the press.", "(left) Obama met the press."),
        # A video page's stamp (YouTube); prose puts a comma after the year.
        (
            "Published on nov 24, 2015 police released a dashcam video tuesday.",
            "police released a dashcam video tuesday.",
        ),
        ("Uploaded on Dec 9, 2017 Here is my reaction.", "Here is my reaction."),
        # ... and the dateline after it.
        (
            "Published on jul 3, 2014 rexburg -- a call made to 911 has many shaking their heads.",
            "a call made to 911 has many shaking their heads.",
        ),
        # A page's date line, the day's name first and no clock, closed by a dash, a colon
        # or a dateline; not one that nothing closes.
        (
            "Tuesday, april 19, 2016 ( healthday news ) -- a new study finds more evidence.",
            "a new study finds more evidence.",
        ),
        ("Tuesday, feb. 14, 2017 -- scalp cooling caps can help.", "scalp cooling caps can help."),
        (
            "saturday, march 12, 2016: at a rally in dayton, x spoke.",
            "at a rally in dayton, x spoke.",
        ),
        (
            "Tuesday, july 11, 2017 liverpool, england — forensic experts reconstructed a face.",
            "forensic experts reconstructed a face.",
        ),
        (
            "Tuesday, march 13, 2018 thule as it appeared on a 1539 map.",
            "Tuesday, march 13, 2018 thule as it appeared on a 1539 map.",
        ),
        ("Streamed live on Dec 9, 2017 The hearing opens.", "The hearing opens."),
        (
            "Published on May 3, 2010, the report found no fault.",
            "Published on May 3, 2010, the report found no fault.",
        ),
        # A blog's or a journal's posting stamp, with its author, weekday or time; not
        # prose going on with a preposition, nor a reader's comment under its header.
        (
            "Posted by jane doe on december 27, 2015, 7: 26 pm edt earlier on sunday, the "
            "council met.",
            "earlier on sunday, the council met.",
        ),
        (
            "Posted by jane doe on tuesday, september 15, 2015 it is very uncommon.",
            "it is very uncommon.",
        ),
        (
            "Posted november 10, 2011 outbreak summary the agency acted.",
            "outbreak summary the agency acted.",
        ),
        ("Published 31 january 2011 researchers show how.", "researchers show how."),
        (
            "Published 31 January 2011 in Nature, the study found it.",
            "Published 31 January 2011 in Nature, the study found it.",
        ),
        (
            "Posted by: tali | sep 3, 2010 8: 36: 50 pm kind of dangerous.",
            "Posted by: tali | sep 3, 2010 8: 36: 50 pm kind of dangerous.",
        ),
        ("May 27, 2010 12 people died in the storm.", "May 27, 2010 12 people died in the storm."),
        # A video's running time or a live page's clock, then any dateline; not a clock time.
        ("Video ( 02: 59 ): a woman was stabbed.", "a woman was stabbed."),
        (
            "google plus embed 0: 23 taipei, taiwan — taipei's mayor hailed the pilot.",
            "taipei's mayor hailed the pilot.",
        ),
        ("6: 50 november 19, 2013 anjelica huston spoke.", "anjelica huston spoke."),
        ("21: 22 a very gracious michael johnson spoke.", "a very gracious michael johnson spoke."),
        ("7: 01 p.m., he was handed a letter.", "7: 01 p.m., he was handed a letter."),
        # A list's bullet, and what follows it.
        ("* Pigs can catch human and avian flu.", "Pigs can catch human and avian flu."),
        ("\\ * Pigs can catch human and avian flu.", "Pigs can catch human and avian flu."),
        (
            "• condoleezza rice called for him to leave.",
            "condoleezza rice called for him to leave.",
        ),
        ("*NSYNC reunited on stage.", "*NSYNC reunited on stage."),
        # A rule of underscores between a page's sections; not a lone one.
        (
            "_____ dave legeno, who played fenrir greyback, has died.",
            "dave legeno, who played fenrir greyback, has died.",
        ),
        ("_ The talks resumed on Monday.", "_ The talks resumed on Monday."),
        # A live page's clock with its colon.
        (
            "11.50 am CDT: Obama's now talking in the East Room.",
            "Obama's now talking in the East Room.",
        ),
        (
            "10: 52 p.m.: authorities said they know the shooter.",
            "authorities said they know the shooter.",
        ),
        ("6 pm CDT: Doug Suttles appears on CNN.", "Doug Suttles appears on CNN."),
        # A live page's 24-hour clock; not a year, nor a count.
        (
            "1654 The Pan - American Health Organization says so.",
            "The Pan - American Health Organization says so.",
        ),
        (
            "2142 US Secretary of State Hillary Clinton spoke.",
            "US Secretary of State Hillary Clinton spoke.",
        ),
        ("0710 a state of emergency was declared.", "a state of emergency was declared."),
        ("2014 was a busy year for lebron james.", "2014 was a busy year for lebron james."),
        ("1948 The authorities counted the dead.", "1948 The authorities counted the dead."),
        ("1200 Marines landed on the beach.", "1200 Marines landed on the beach."),
        ("1254 people were killed in the attack.", "1254 people were killed in the attack."),
        ("3500 years ago, a student carved jokes.", "3500 years ago, a student carved jokes."),
        # A page's button before the story, then any dateline; not prose that opens so.
        (
            'Add interest " there\'s no proof of anything, " he said.',
            '" there\'s no proof of anything, " he said.',
        ),
        ("Add interest washington — the senate voted.", "the senate voted."),
        (
            "Close thomas markle talks to good morning britain.",
            "thomas markle talks to good morning britain.",
        ),
        ("Close to 200 people died in the storm.", "Close to 200 people died in the storm."),
        (
            "close friends tell tmz the victim was a welder.",
            "close friends tell tmz the victim was a welder.",
        ),
        ("Close inspection revealed cells.", "Close inspection revealed cells."),
        ("10:30 PM the doors opened.", "10:30 PM the doors opened."),
        ("On May 27, 2010 at 9:30 the talks began.", "On May 27, 2010 at 9:30 the talks began."),
    ],
)
def test_trim_dateline(text: str, rest: str) -> None:
    assert text[trim_dateline(text, lead=True) :] == rest


def test_only_an_agency_dateline_is_trimmed_after_the_lead() -> None:
    # A flattened page may put the headline first: the agency marks the dateline.
    assert trim_dateline("New orleans ( ap ) — it was more than seven years.") == 21
    assert trim_dateline("NATO — The alliance said no.") == 0
    assert trim_dateline("NATO — The alliance said no.", lead=True) == 7
    # A town and its region mark one too, as a headline line may come first.
    assert trim_dateline("Manchester, n.h. — for one night, the polls didn't matter.") == 19


def test_a_time_stamp_is_trimmed_anywhere() -> None:
    text = "Wednesday 27 April 2005 17.57 BST Robert Zoellick is the archetypal insider."
    assert text[trim_dateline(text) :] == "Robert Zoellick is the archetypal insider."


def test_title_case_dateline_only_in_a_lead() -> None:
    text = "Sochi – The top U.S. and Russian diplomats met."
    assert text[trim_dateline(text, lead=True) :] == "The top U.S. and Russian diplomats met."
    assert trim_dateline(text) == 0
    assert trim_dateline("Kerry – who flew in – met Lavrov.", lead=True) == 0


@pytest.mark.parametrize(
    ("text", "in_a_lead", "elsewhere"),
    [
        # A city that stands alone in a dateline marks one before a dash anywhere (a
        # headline line may come first), in any case; a hyphen is no dateline's dash.
        ("Paris – The top diplomats met.", "The top diplomats met.", "The top diplomats met."),
        (
            "washington — edward j. snowden spoke.",
            "edward j. snowden spoke.",
            "edward j. snowden spoke.",
        ),
        (
            "washington — edward j. snowden, the contractor, spoke.",
            "edward j. snowden, the contractor, spoke.",
            "edward j. snowden, the contractor, spoke.",
        ),
        ("salt lake city -- a man was held.", "a man was held.", "a man was held."),
        # A page's label run into it goes with it; other words before a city do not.
        (
            "ap seoul — the u.s. bid faces a test.",
            "the u.s. bid faces a test.",
            "the u.s. bid faces a test.",
        ),
        ("Video washington — obama spoke.", "obama spoke.", "obama spoke."),
        (
            "Downtown washington — a march.",
            "Downtown washington — a march.",
            "Downtown washington — a march.",
        ),
        (
            "London - based bankers left.",
            "London - based bankers left.",
            "London - based bankers left.",
        ),
        (
            "Hong kong – based shuanghui would buy it.",
            "Hong kong – based shuanghui would buy it.",
            "Hong kong – based shuanghui would buy it.",
        ),
        (
            "Tampa, fla. — area schools closed.",
            "Tampa, fla. — area schools closed.",
            "Tampa, fla. — area schools closed.",
        ),
        (
            "Austin — who ran the team — quit.",
            "Austin — who ran the team — quit.",
            "Austin — who ran the team — quit.",
        ),
        # With no dash, only in a lead and only before an article: no name goes on so.
        (
            "Paris an algerian man was held.",
            "an algerian man was held.",
            "Paris an algerian man was held.",
        ),
        (
            "Rio de janeiro the journalist spoke.",
            "the journalist spoke.",
            "Rio de janeiro the journalist spoke.",
        ),
        (
            "Boston red sox players blasted the manager.",
            "Boston red sox players blasted the manager.",
            "Boston red sox players blasted the manager.",
        ),
        (
            "Washington has met its match.",
            "Washington has met its match.",
            "Washington has met its match.",
        ),
        ("Sochi the talks began.", "Sochi the talks began.", "Sochi the talks began."),
        # Before a dash, a lead's town is a local paper's dateline (`test_a_towns_dateline...`).
        ("Sochi — the talks began.", "the talks began.", "Sochi — the talks began."),
    ],
)
def test_city_datelines(text: str, in_a_lead: str, elsewhere: str) -> None:
    assert text[trim_dateline(text, lead=True) :] == in_a_lead
    assert text[trim_dateline(text) :] == elsewhere


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        (
            "And with economic penalties beginning to bite, Putin is heading to Milan.",
            "with economic penalties beginning to bite, Putin is heading to Milan.",
        ),
        ("However, the talks failed on Monday.", "the talks failed on Monday."),
        ("In addition, the ministers agreed to meet.", "the ministers agreed to meet."),
        # Not connectives, or nothing much after one.
        ("Yet another round of talks began.", "Yet another round of talks began."),
        ("Android phones sold well this year.", "Android phones sold well this year."),
        ("Butler said the talks began.", "Butler said the talks began."),
        ("However the talks went, they ended.", "However the talks went, they ended."),
        ("But not yet.", "But not yet."),
    ],
)
def test_trim_connective(text: str, rest: str) -> None:
    assert text[trim_connective(text) :] == rest


_PAST_THE_WORD_LIMIT = " ".join(["word"] * 41) + " eastbury ( ap ) — the council met."


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        # A headline, a byline or a second place run into the dateline by the flattening.
        (
            "Town council votes to build a barrier eastbury ( ap ) — the council voted on monday.",
            "the council voted on monday.",
        ),
        (
            "By jane doe and john roe eastbury, dec 19 ( reuters ) - the council met.",
            "the council met.",
        ),
        ("Eastbury/westbury ( reuters ) - the two towns agreed.", "the two towns agreed."),
        ("5 years ago ( cnn ) - the council met again.", "the council met again."),
        ("The barrier plan ( cnn ) the council met on monday.", "the council met on monday."),
        # Not a dateline: no dash after AP's, Reuters' or AFP's name, or too far in.
        (
            "The council told the reporters waiting outside ( ap ) that it would meet.",
            "The council told the reporters waiting outside ( ap ) that it would meet.",
        ),
        (_PAST_THE_WORD_LIMIT, _PAST_THE_WORD_LIMIT),
        # A page's time stamp as Multi-News spaces and lower-cases it.
        ("February 7, 2014 at 6: 06 am the council met.", "the council met."),
        ("December 13, 2010 02: 25 pm est the council met.", "the council met."),
        # A date and a time that open a sentence of news stay.
        (
            "March 4, 2017 at 8 p.m. is when the barrier opens.",
            "March 4, 2017 at 8 p.m. is when the barrier opens.",
        ),
        (
            "March 4, 2017 at 8: 30 p.m. Is when the barrier opens.",
            "March 4, 2017 at 8: 30 p.m. Is when the barrier opens.",
        ),
        # A local station's or a network affiliate's dateline, in any sentence.
        ("Eastbury, ind. ( wane ) - the council met on monday.", "the council met on monday."),
        ("Eastbury ( cbs ) — the council met.", "the council met."),
        ("Eastbury ( cbsla.com ) — the council met.", "the council met."),
        ("( wmc-tv ) – the council met.", "the council met."),
        ("Eastbury, n.m. ( krqe ) - - the council met.", "the council met."),
        ("Eastbury ( kxan/ap ) -- the council met.", "the council met."),
        ("Eastbury ( marketwatch ) — shares rose.", "shares rose."),
        # Abbreviations in brackets: no dash, an article, the place's initials.
        (
            "The retailer ( wmt ) is facing calls for a boycott.",
            "The retailer ( wmt ) is facing calls for a boycott.",
        ),
        (
            "The world wildlife fund ( wwf ) - a charity - objected.",
            "The world wildlife fund ( wwf ) - a charity - objected.",
        ),
        (
            "World wildlife fund ( wwf ) - a charity - objected.",
            "World wildlife fund ( wwf ) - a charity - objected.",
        ),
        ("( wusa9 ) the council met.", "( wusa9 ) the council met."),
        ("Eastbury ( pkk ) - the council met.", "Eastbury ( pkk ) - the council met."),
        # A byline after a page's stamp goes with it.
        (
            "June 02, 2011 10: 56 am et by jane doe if the council thought so.",
            "if the council thought so.",
        ),
        (
            "Nov. 29, 2018, 1: 40 am gmt / updated nov. 29, 2018, 1: 52 am gmt by jane doe, "
            "ann lee and john roe eastbury — the council met.",
            "eastbury — the council met.",
        ),
        (
            "Nov. 29, 2018, 1: 40 am gmt / updated nov. 29, 2018, 1: 52 am gmt / source: reuters "
            "by jane doe and john roe the council met.",
            "the council met.",
        ),
        # Not where its end is unclear.
        (
            "Nov. 29, 2018, 1: 40 am gmt / updated nov. 29, 2018, 1: 52 am gmt by jane doe and "
            "you thought the council met.",
            "by jane doe and you thought the council met.",
        ),
        (
            "June 02, 2011 10: 56 am et by a vote of 14 to 3 the council agreed.",
            "by a vote of 14 to 3 the council agreed.",
        ),
    ],
)
def test_page_text_before_the_story_is_trimmed_in_any_sentence(text: str, rest: str) -> None:
    assert text[trim_dateline(text) :] == rest


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        # A headline run into the lead by the page's update stamp.
        (
            "Eastbury fishermen rescued after storm capsizes trawler updated a crew of five "
            "was pulled from the sea.",
            "a crew of five was pulled from the sea.",
        ),
        # The date and hour a page was posted, after a headline or a post's signature.
        (
            "Eastbury barrier holds against the spring tide march 8, 2013 at 6: 08 pm et "
            "eastburytide.com the gates held overnight.",
            "the gates held overnight.",
        ),
        (
            "A post shared by jane doe ( @janedoe ) on dec 2, 2017 at 7: 55am pst the barrier "
            "opened on monday.",
            "the barrier opened on monday.",
        ),
        (
            "Eastbury barrier holds against the spring tide ( video ) the gates held overnight.",
            "the gates held overnight.",
        ),
        # A bare "posted", or "updated" before "the", where a clause follows.
        (
            "Barrier gates jam again in the first week of trials posted an engineer has "
            "blamed the weather.",
            "an engineer has blamed the weather.",
        ),
        (
            "Eastbury fishermen rescued after storm capsizes trawler updated the crew of five "
            "was pulled from the sea.",
            "the crew of five was pulled from the sea.",
        ),
        (
            "Barrier gates jam in first test posted: monday, april 6, 2015 3: 09 pm edt "
            "updated: monday, april 13, 2015 2: 53 pm edt the gates jammed on monday.",
            "the gates jammed on monday.",
        ),
        (
            "Barrier gates jam in first test updated: feb 28, 2016 - 5: 16 pm the gates jammed.",
            "the gates jammed.",
        ),
        (
            "Council backs the eastbury barrier at last ( updated ) the council voted on monday.",
            "the council voted on monday.",
        ),
        (
            "Barrier gates jam in first test by staff reporter last updated at 4: 51 pm on 10th "
            "august 2010 the gates jammed on monday.",
            "the gates jammed on monday.",
        ),
        # "updated" as the sentence's verb or adjective stays.
        (
            "The harbour authority's engineers updated their flood maps on monday.",
            "The harbour authority's engineers updated their flood maps on monday.",
        ),
        (
            "The council published an updated plan for the barrier on monday.",
            "The council published an updated plan for the barrier on monday.",
        ),
        (
            "The latest map of the harbour district, updated june 5, 2015, shows the gates.",
            "The latest map of the harbour district, updated june 5, 2015, shows the gates.",
        ),
        (
            "This story was updated to include the mayor's reply.",
            "This story was updated to include the mayor's reply.",
        ),
        (
            "The harbour authority's chief engineer updated the council on monday.",
            "The harbour authority's chief engineer updated the council on monday.",
        ),
        # "posted" as the sentence's verb: no clause follows it, its subject opens with an
        # article, or an apposition closes its subject.
        (
            "Jane doe of the eastbury gazette posted a video of the gates on monday.",
            "Jane doe of the eastbury gazette posted a video of the gates on monday.",
        ),
        (
            "The harbour authority's chief engineer posted a notice that the gates were shut.",
            "The harbour authority's chief engineer posted a notice that the gates were shut.",
        ),
        (
            "Jane doe, the harbour authority's chief engineer, posted a note the gates were shut.",
            "Jane doe, the harbour authority's chief engineer, posted a note the gates were shut.",
        ),
    ],
)
def test_a_headline_and_its_update_stamp_are_trimmed_from_a_lead(text: str, rest: str) -> None:
    assert text[trim_dateline(text, lead=True) :] == rest


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        # A local paper's town, and a desk's label, before the story in lower case.
        ("Eastbury — like many towns, it built a barrier.", "like many towns, it built a barrier."),
        ("Old eastbury beach -- a barrier was built.", "a barrier was built."),
        (
            "Reuters health - parents who delay vaccines face risks.",
            "parents who delay vaccines face risks.",
        ),
        # An aside that a second dash closes, AP's caption label, a pronoun, a compound.
        (
            "Songwriter jane doe – perhaps best known for her flood songs – was arrested.",
            "Songwriter jane doe – perhaps best known for her flood songs – was arrested.",
        ),
        (
            "File - in this may 16, 2012, file photo, the barrier holds.",
            "File - in this may 16, 2012, file photo, the barrier holds.",
        ),
        ("This one — we think — held.", "This one — we think — held."),
        ("No - fly zone is being enforced.", "No - fly zone is being enforced."),
    ],
)
def test_a_towns_dateline_is_trimmed_from_a_lead(text: str, rest: str) -> None:
    assert text[trim_dateline(text, lead=True) :] == rest
    assert trim_dateline(text) == 0


@pytest.mark.parametrize("dash", ["-", "--", "–", "—"])
def test_a_dash_opening_a_lead_is_trimmed_and_stays_elsewhere(dash: str) -> None:
    text = f"{dash} two men are under arrest after the flood."
    assert text[trim_dateline(text, lead=True) :] == "two men are under arrest after the flood."
    assert trim_dateline(text) == 0


def test_a_headline_and_its_update_stamp_stay_after_the_lead() -> None:
    text = "Eastbury fishermen rescued after storm capsizes trawler updated a crew was saved."
    assert trim_dateline(text) == 0


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        # Credits and sources before the story (Multi-News val).
        (
            "( credit: james martin/cnet ) apple has shown off an all-new macbook pro today.",
            "apple has shown off an all-new macbook pro today.",
        ),
        (
            "( rj sangosti, the denver post ) centennial — authorities began investigating.",
            "centennial — authorities began investigating.",
        ),
        (
            "( 2: 05 ) san diego -- williams was told he could not wear pink.",
            "san diego -- williams was told he could not wear pink.",
        ),
        # A place in brackets, its dash with it.
        (
            "( murfreesboro, ark. ) -- an 8.52-carat white diamond was found wednesday.",
            "an 8.52-carat white diamond was found wednesday.",
        ),
        # An aside of the sentence before, run into this one.
        (
            "( at ucla, students must also have a b average. ) uc santa barbara requires a course.",
            "uc santa barbara requires a course.",
        ),
        ('[ note: it opened in 1972. ] " it is huge, " she said.', '" it is huge, " she said.'),
        # Words that go on from a subject: no sentence of their own.
        ("( 1920 ) can't quite let the women revel in their freedom.", ""),
        ("( and his wife ) were seen leaving the hotel on sunday.", ""),
        # A bracket closed that never opened: a page's table.
        ("( source: figures 2014 ) figures 2014 ) are lung cancer estimates.", ""),
        # Nothing to trim: no bracket first, nothing after it, a bracket inside.
        ("Police said ( in a statement ) that the road was closed.", ""),
        ("( see the full poll results. )", ""),
        ("( cnn ( video ) ) a navy plane crashed.", ""),
    ],
)
def test_trim_bracket(text: str, rest: str) -> None:
    # An empty ``rest``: nothing is trimmed.
    assert text[trim_bracket(text) :] == (rest or text)


@pytest.mark.parametrize(
    ("text", "lead", "bracket", "rest"),
    [
        ("LONDON (AP) _ The talks began on Monday.", True, "", "The talks began on Monday."),
        (
            "( credit: james martin/cnet ) apple has shown off a new laptop.",
            False,
            "( credit: james martin/cnet ) ",
            "apple has shown off a new laptop.",
        ),
        # A credit, then a station's dateline: both go.
        (
            "( wcso/ktul ) broken arrow, okla. ( ktul ) -- one person is in custody.",
            False,
            "( wcso/ktul ) ",
            "one person is in custody.",
        ),
        ("The talks began on Monday.", True, "", "The talks began on Monday."),
    ],
)
def test_trim_opening(text: str, lead: bool, bracket: str, rest: str) -> None:
    label, cut = trim_opening(text, lead=lead)
    assert (text[:label], text[cut:]) == (bracket, rest)
