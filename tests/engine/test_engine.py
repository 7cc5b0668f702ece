"""What a learner notices: right answers with sources, honest fallbacks, no OIC facts for other
organisations, membership for any country, and no crash on any input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.content.loader import load_content
from bot.engine import Engine
from bot.engine.focus import split_lead
from tests.conftest import (
    MINI_INTENTS,
    MINI_KNOWLEDGE,
    WARM_QUESTION,
    WARM_READS,
    copy_of_shipped_content,
    second_intent,
    texts_normalised,
    texts_read,
)


@pytest.mark.parametrize(
    ("question", "intent", "lang"),
    [
        ("Kapan OKI didirikan?", "founding_date", "id"),
        ("when was the organisation of islamic cooperation founded", "founding_date", "en"),
        ("dmn markas oki", "headquarters", "id"),
        ("where is the oic hq", "headquarters", "en"),
        ("brp jumlah anggota oki skrg", "member_count", "id"),
        ("how many member states does the oic have", "member_count", "en"),
        ("siapa sekjen oki sekarang", "secretary_general", "id"),
        ("how many sec gens has oic had", "sg_list", "en"),  # got how one is elected
        ("syarat jadi observer oki apa", "observer_rules", "id"),  # got the applicants of 2006
        # (got the summit chair: "kepemimpinan" was not "memimpin")
        ("Siapa yang memegang kepemimpinan Dewan Menlu OKI saat ini?", "cfm_chair", "id"),
        # (not sure: "syarat" was said by no answer; the UN day and the OIC's work against
        # Islamophobia tied)
        ("syarat anggota IsDB", "isdb", "id"),
        ("hari anti islamofobia ditetapkan pbb tahun brp", "islamophobia_day", "id"),
        # (got who may join: the Charter's objective on Muslim minorities is Article 1's)
        ("What does the OIC Charter say about Muslims living in non-member countries?",
         "charter_objectives", "en"),
        # (got the CFM's name: "berlaku" is said by its answer)
        ("Kepanjangan dari singkatan OKI yang berlaku sekarang apa ya?", "oic_names", "id"),
        ("OKI is standing for what", "oic_names", "en"),  # got the standing committees
        # (the Arabic name asked: it got the OIC's role)
        ("Apa arti nama Munazzamat al-Ta'awun al-Islami?", "oic_names", "id"),
        ("which southeast asian countries are in the oic", "asean_members", "en"),
        ("Lembaga tertinggi OKI adalah ... A. Sekretariat Jenderal B. KTT Islam",
         "islamic_summit", "id"),  # "lembaga" was left unexplained: not sure
        ("bahasa resmi OKI apa aja", "official_languages", "id"),
        ("what are the official languages of the oic", "official_languages", "en"),
        # (a language some pages wrongly list, which the entry says is not one: not sure)
        ("Is Persian an official language of the OIC?", "official_languages", "en"),
        # (which meeting first asked for the UN day: it got the UN's adoption)
        ("Which CFM adopted the resolution asking for a UN day against Islamophobia?",
         "islamophobia_day", "en"),
        # the school curriculum's questions, about the OIC itself and not Indonesia's part in
        # it ("why is the oic important" got Indonesia's benefits)
        ("why is the oic important", "oic_role", "en"),
        ("kontribusi oki bagi perdamaian", "oic_role", "id"),
        ("apa fungsi oki", "oic_role", "id"),
        ("oki tuh kerjanya ngapain aja sih", "oic_role", "id"),  # (not the Secretariat's job)
        # Roman-script Hindi/Urdu question words mixed into English
        ("bro oic mein kitne countries hai", "member_count", "en"),
        ("faktor pendorong terbentuknya oki", "founding_trigger", "id"),
        ("hambatan oki mencapai tujuan", "oic_challenges", "id"),
        # a count of summits is the list of them, not the extraordinary ones alone
        ("ktt oki sudah berapa kali", "summit_list", "id"),
        ("berapa negara arab di oki", "vs_arab_league", "id"),
        # the smallest member is the least populous one our sources name ("terkecil" got the
        # budget, from an example "anggaran oki kecil")
        ("Which is the smallest OIC member?", "indonesia_largest_member", "en"),
        ("negara anggota oki terkecil", "indonesia_largest_member", "id"),
        ("Which OIC member state has the largest Muslim population?",
         "indonesia_largest_member", "en"),
        ("berapa penduduk muslim oki", "population", "id"),  # got the Christian-majority ones
        ("fungsi oki bagi indonesia apa", "indonesia_benefits", "id"),
        ("kapan oki perang sama israel", "oic_army", "id"),  # a war the OIC never fought
        # "jumlah" asks how many, like "berapa" (it was a word the ASEAN entry left
        # unexplained, and the founders' entry won)
        ("Berapa jumlah negara anggota OKI dari Asia Tenggara? sebutkan", "asean_members", "id"),
        ("Which OIC member is not a member of the United Nations?", "member_count", "en"),
        # the CFM is the OIC's own: Türkiye named without "OIC" is its chair, not the country
        ("Is Türkiye the current chair of the CFM?", "cfm_chair", "en"),
        # ... and who leads it is its chair, not the summit's (it got The Gambia)
        ("Negara mana yang memimpin Dewan Menlu OKI?", "cfm_chair", "id"),
        # how often it meets, not one session whose row says "meets" (it got the 38th)
        ("The Council of Foreign Ministers meets in regular session every year. True or false?",
         "cfm", "en"),
        # a year after "piagam" names the charter, not a Secretary-General's time in office
        ("Masa jabatan Sekjen OKI menurut piagam 2008 adalah ... tahun", "sg_election", "id"),
    ],
)
def test_common_questions_get_their_answer_with_sources(
    engine: Engine, question: str, intent: str, lang: str
) -> None:
    reply = engine.ask(question)
    assert (reply.intent, reply.lang, reply.kind) == (intent, lang, "answer")
    assert reply.sources
    assert all(s.url.startswith("http") for s in reply.sources)
    assert reply.confidence > 0.6


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("oki bdiri thn brp", "founding_date"),
        ("oic langs?", "official_languages"),  # (it got "langkah diplomasi", the strategy)
        ("who chairs the oic foreign ministers council atm", "cfm_chair"),  # (not sure)
        ("ktt oki trakhir dmn", "latest_summit"),
        ("oic hq where ah", "headquarters"),
        ("whr is oic hq", "headquarters"),  # (not sure)
        ("who is da oic sec gen", "secretary_general"),
        ("manfaat oki bwt indo", "indonesia_benefits"),
        ("oic founding yr", "founding_date"),
        ("indo msk oki kpn", "membership:ID"),
        ("is pakistan in oic or nah", "membership:PK"),
        # ... and everyday words for ones the examples use ("frequently": "often"; "guy")
        ("How frequently does the Council of Foreign Ministers meet?", "cfm"),
        ("who was the guy that burned al aqsa", "founding_trigger"),
        ("Anggota OKI paling bungsu itu negara apa?", "newest_member"),  # (the youngest)
        ("oic full form plz for my gk test", "oic_names"),  # ("gk" read as "tidak")
        ("united arab emirates oic entry year", "membership:AE"),
        ("Yang pegang kursi ketua CFM OKI tahun ini negara apa?", "cfm_chair"),  # (a seat)
        ("Some books say the OIC was established in Jeddah in 1971. Which is right?",
         "founding_date"),  # (whose claim it is is no word to match)
        ("Urdu is one of the OIC official languages right?", "official_languages"),
        ("List the recent handovers of the Islamic Summit chairmanship.", "summit_chair"),
        # (to name a number is to give it, not to list: it got the founding members)
        ("name the number of member states of the oic", "member_count"),
        # (the summit that gave birth to it: "melahirkan" was left unexplained, and it got
        # the founding date)
        ("KTT di Rabat yg melahirkan OKI itu berapa hari?", "rabat_summit"),
        ("Lembaga OKI yang meneliti sejarah, seni, dan budaya Islam bernama ....", "ircica"),
        # contractions typed without the apostrophe ("isnt" was a word of its own, and the
        # question went to why India is not a member)
        ("why isn't israel an oic member", "membership_criteria"),
        # ... nor why the OIC has not stopped Israel
        ("Kenapa Israel tidak bisa jadi anggota OKI?", "membership_criteria"),
        # ... and a group from a country is not its state ("not a member nor an observer")
        ("Which group from the Philippines has observer status in the OIC?",
         "philippines_observer_bid"),
        ("why doesnt the oic have an army", "oic_army"),
        # "quiz", "kuis" say how the question is set (both were not sure)
        ("Quiz - OIC HQ is located in: A. Riyadh B. Jeddah C. Cairo D. Rabat", "headquarters"),
        ("Pertanyaan kuis: Markas OKI berada di kota... a. Riyadh b. Jeddah c. Mekkah d. Kairo",
         "headquarters"),
        ("trus sekjen oki siapa", "secretary_general"),  # "trus" was the trust fund
        ("Is the PLO a member of the OIC?", "membership:PS"),  # got who attended Rabat
        ("ktt oki prtama dmn", "summit_1"),  # "prtama" got the first foreign ministers' meeting
        ("oic foundd yr", "founding_date"),  # "foundd" got who founded it
        ("apa itu komcec", "comcec"),  # the committees spelt with a k
        ("komstek itu apa", "comstech"),
        # a typo an example was written with is read as the word, not as a rare keyword of
        # that example's entry ("negra pendiri oki" made "negra" point at the founders)
        ("negra pengamat oki apa aja", "observers"),
        ("how many contries are in teh oic", "member_count"),  # got why India is not in it
        ("wich contry is the secratary general from now", "sg_12"),  # got the summit chair
        ("btw OIC tuh beda gak sih sama OKI? same thing kan", "oic_names"),  # got OKI vs the UN
        ("How are decisions made at the OIC: majority vote or consensus?", "decision_making"),
        # the first "president" (it got whoever chairs now), 15 March and the founding
        # anniversary (both got the 50th anniversary), who appoints the Secretary-General (his
        # term)
        ("Siapa presiden pertama OKI?", "first_leader"),
        ("who was the first chairman of the oic", "first_leader"),
        ("Why does the OIC mark 15 March?", "islamophobia_day"),
        ("When is the OIC's founding anniversary celebrated?", "founding_date"),
        ("who appoints the secretary general", "sg_election"),
        # a false premise: the Court found The Gambia sued in its own name (it got "With the
        # OIC's backing, The Gambia filed ...")
        ("Gambia menggugat Myanmar ke ICJ atas nama OKI kan?", "rohingya_icj_not_icc"),
        # the difference of the two meetings (it got who chairs the CFM now)
        ("apa bedanya sidang KTM sama KTT di OKI", "summit_vs_cfm"),
        ("What is the difference between the OIC summit and the CFM?", "summit_vs_cfm"),
        # "the OIC chief" is its chief administrative officer (it got Russia's row)
        ("Who was the OIC chief when Russia became an observer?", "sg_9"),
        # hedges are not what a question is about ("tbh" weighed as the topic, unexplained)
        ("wat has the oic done for the rohingyas tbh, genuinly asking", "rohingya"),
        ("apakah oki msh relevan bgt buat indonesia skrg?", "indonesia_benefits"),
        ("OKI sering dikritik cuma bisa mengecam. Adakah reformasi yang sedang dilakukan?",
         "oic_reform"),
        ("Kenapa India tidak jadi anggota OKI padahal Muslimnya ratusan juta?",
         "india_not_member"),
        # who says so frames a claim ("akademisi" weighed as the topic, unexplained)
        ("Dosen saya bilang OKI itu macan kertas. Apakah ada pendapat akademisi yang menilai "
         "efektivitas OKI?", "oic_effectiveness"),
        # "pas" is chat for "when", "ibukota" is "ibu kota" written as one word
        ("reaksi oki pas as pindahin kedutaan", "jerusalem_2017"),
        ("ibukota palestina menurut oki", "palestine"),
        # "what is a KTT", not the Rabat summit (whose example "rabat ktt itu apa" it resembles)
        ("KTT itu apa sih?", "islamic_summit"),
        # "how much" for "how many" (it got the budget) and "presently" for "now"
        ("How much members OIC have?", "member_count"),
        ("How much countries are members of OIC presently?", "member_count"),
        # an ordinal in figures, where the example spells it ("2nd" was a word unexplained)
        ("can oic sec gen get a 2nd term", "sg_election"),
        # "keberapa" is "ke berapa" (which number); "buah", "biji" count, they name nothing
        ("ktt oki di kuwait 1987 itu yg keberapa", "summit_5"),
        ("oki punya berapa buah negara anggota", "member_count"),
        # "per sekarang" is "as of now": it got the budget ("per tahun")
        ("kak mau nanya buat pr, anggota oki per skrg ada brp negara ya?", "member_count"),
        ("per sekarang anggota oki ada berapa?", "member_count"),
        # (not understood at all; "oic head" names the Secretaries-General: today's row, as
        # "siapa sekjen oki sekarang")
        ("whos the oic boss now", "sg_12"),
        # "what does it take" asks what is needed (it got Indonesia's membership, which "took"
        # part at Rabat)
        ("what does it take to join the oic", "membership_criteria"),
        # carrying out its role is carrying out its work ("perannya" was weighed as the topic)
        ("apa hambatan oki dalam menjalankan perannya", "oic_challenges"),
        # the size of the IsDB's capital (it got Indonesia's share of it), and "big" still says
        # what is asked: "the big three of the oic" is not the summit held every three years
        ("how big is the isdb capital", "isdb"),
        ("the big three of the oic", None),
        # what Saudi Arabia promised at the 2012 Makkah summit is the headquarters building (it
        # got the summit's row, which says nothing of it)
        ("What did Saudi Arabia promise at the 2012 Makkah summit regarding an OIC headquarters?",
         "new_headquarters"),
        # the extraordinary summits Jokowi attended are those of his recent role (it got the
        # Jakarta summit he chaired alone)
        ("Which OIC extraordinary summits did Jokowi attend?", "indonesia_role_recent"),
        # the IsDB's meetings in Baku are its entry's, not its row in the bodies' table (which
        # says where it sits, and nothing of Baku)
        ("What IsDB event will Baku host in 2026?", "isdb"),
        # whether Jokowi is still president is no question about the OIC (it got his OIC
        # meetings)
        ("jokowi masih presiden gak", None),
        # who funds the OIC most, in other words ("penyandang dana": it got the fields of
        # cooperation, whose answer names "penyandang disabilitas")
        ("Siapa penyandang dana terbesar anggaran OKI?", "oic_funding"),
        # when a country "officially" joined is its standing ("resmi" unexplained: it got the
        # official languages), Indonesia's by the entry telling its membership's history
        ("indonesia resmi jd anggota oki dari taun brp", "indonesia_membership"),
        ("indonesia resmi jadi anggota penuh oki taun brp sih", "indonesia_membership"),
        ("when did pakistan officially join the oic", "membership:PK"),
        ("kapan malaysia resmi menjadi anggota oki", "membership:MY"),
        # ... and whether it still is a member (it got the OIC's envoy for Afghanistan)
        ("is afghanistan still in the oic", "membership:AF"),
        # ... or already is ("sudah ... belum" unexplained: why the OIC has not freed Palestine)
        ("palestina udh jd anggota oki blm", "membership:PS"),
        ("is russia a member yet", "membership:RU"),
        # ... or a full member, which it says ("full" unexplained: not sure), not why one
        # became full ("Some say Indonesia only became a full OIC member in 1991. Why?")
        ("thailand is a full oic member right", "membership:TH"),
        # "what's the deal" with what is named asks about it (it got what the OIC deals with)
        ("oic and palestine whats the deal", "palestine"),
        # a quiz's "is called ...." or "took part in" ask nothing (left unexplained: not sure)
        ("Pertemuan para kepala negara anggota OKI disebut ....", "islamic_summit"),
        ("Raja Maroko yang turut memprakarsai OKI adalah ....", "founders"),
        # a body asked for is not another body named ("lembaga": offered, not answered)
        ("Sekretaris Jenderal OKI dipilih oleh lembaga apa?", "sg_election"),
        ("Lembaga apa yang memeriksa anggaran OKI?", "permanent_finance_committee"),
        # the latest session's row and the entry on it are one answer (not sure between them)
        ("most recent cfm", "latest_cfm"),
        ("Some say Indonesia only became a full OIC member in 1991. Why?",
         "indonesia_membership"),
        # the weaknesses of the OIC "as an international organisation" are its criticism
        # ("organisation" unexplained: not sure)
        ("Discuss the main weaknesses of the OIC as an international organisation.",
         "oic_criticism"),
        # why the OIC is thought ineffective is its effectiveness (a tie with its criticism: not
        # sure), and "in your opinion" asks nothing ("kalian" unexplained: not sure)
        ("Mengapa OKI dianggap kurang efektif?", "oic_effectiveness"),
        ("menurut kalian oki itu berguna gak sih buat umat islam", "oic_effectiveness"),
        ("in your opinion is the oic effective", "oic_effectiveness"),
        # an observer's obligations asked with its rights ("kewajiban" unexplained: not sure)
        ("Apa hak dan kewajiban negara pengamat di OKI?", "observer_rules"),
        # where the case stands, asked as its status or the latest news, is its own entry (it
        # got the OIC's role in it, by an example there, or Indonesia's recent role by "news")
        ("What is the current status of the Gambia v Myanmar case?", "rohingya_case_status"),
        ("latest news on the oic and the rohingya", "rohingya_case_status"),
        # whose side the OIC takes, Saudi Arabia's or Iran's, is their rivalry in it (it got
        # both countries' membership)
        ("OKI lebih berpihak ke Arab Saudi daripada Iran ya?", "saudi_iran_rivalry"),
        # who sued Myanmar, the country named without the OIC, is the Rohingya case (it was
        # declined as a question about Myanmar alone)
        ("which tiny african country sued myanmar", "rohingya"),
        ("siapa yg gugat myanmar", "rohingya"),
        # what is special about the OIC is its role, not its "special" (extraordinary) summits
        ("what was special about the oic", "oic_role"),
        ("apa keistimewaan oki", "oic_role"),
        ("special summit of the oic", "extraordinary_summits"),
        # who initiated the first summit is who founded the OIC (it got the summit's row, which
        # names no one)
        ("who initiated the first islamic summit", "founders"),
        # which member made peace with Israel is Egypt, not Israel's standing ("not a member")
        ("Which member was suspended after signing a peace treaty with Israel?",
         "egypt_suspension"),
        # who kept India out of Rabat is why India is no member (tied with who attended)
        ("Negara yang memblokir kehadiran India di KTT Rabat 1969 adalah ....",
         "india_not_member"),
        # the joint summit on Gaza is the 2023 one (it got the numbered extraordinary summits)
        ("When was the joint Arab-Islamic summit on Gaza?", "arab_islamic_summit_2023"),
        # the next one is when the term ends and who follows (it got Taha, no word of that)
        ("sekjen oki berikutnya siapa, udh kepilih blm", "sg_term"),
        # chat spellings ("dimn", "sj", "nma": each not sure)
        ("oki didirkan taun brp dan dimn", "founding_date"),
        ("bhs resmi oki apa sj", "official_languages"),
        ("kpn oki ganti nma jd organisasi kerjasama islam", "name_change"),
        # taking a name is getting it (it got when the Secretary-General took office)
        ("On what date did the OIC take its current name?", "name_change"),
        # the reform Indonesia urged at a session, not the session (it got the 45th CFM's row)
        ("What reform did Indonesia urge at the Dhaka CFM in 2018?", "indonesia_reform_view"),
        # the ICFM said another way (not understood at all)
        ("the 2nd meeting of islamic foreign ministers in dec 1970, which city hosted it",
         "cfm_2"),
        # whether all members are UN members: the member count says 56 of 57 (it got how the
        # OIC differs from the UN, whose examples are the shortest naming the UN)
        ("apakah semua anggota oki anggota pbb", "member_count"),
        # how many now, not who leads now (it got the summit's chair, "saat ini" shared)
        ("berapa negara anggota OKI saat ini?", "member_count"),
        ("OKI punya berapa negara anggota saat ini?", "member_count"),
        # ... nor how many at the start its first name (it got the name change)
        ("Waktu awal berdiri OKI anggotanya berapa negara sih? bukunya beda-beda",
         "founding_members"),
        # a duty said with its verb (it got the OIC's role, "bertugas" unexplained)
        ("Dewan Menteri Luar Negeri OKI bertugas untuk apa saja?", "cfm"),
        # the country readmitted is no summit's place (it got the 12th summit, in Cairo)
        ("Egypt was readmitted at the ____ Islamic summit held in ____.", "egypt_suspension"),
        # what the OIC was founded in reaction to (it got the 2017 summit's reaction)
        ("OKI dibentuk sebagai reaksi atas kejadian apa di Yerusalem?", "founding_trigger"),
        # ... in English, with options (it got the OIC's reaction to the Soviet intervention
        # in Afghanistan, by "reaction")
        ("The OIC was formed in reaction to: a) Six-Day War b) burning of Al-Aqsa c) Iranian "
         "revolution d) Gulf War", "founding_trigger"),
        # "mandate", "tenure": the term of office; "UNSC" the UN's (each got nothing)
        ("how long is the SG's tenure", "sg_election"),
        ("What's the length of an OIC SG's mandate and can they be re-elected?", "sg_election"),
        ("are OIC resolutions binding like UNSC ones", "vs_un"),
        # efforts on Palestine are not why it failed there (they got that entry)
        ("Describe the OIC's role in the Palestine question.", "palestine"),
        ("Apa peran OKI dalam menyelesaikan masalah Palestina?", "palestine"),
        # "build" for "founded" (it got the new headquarters of 2023, as if the founding year)
        ("In what year the OIC was build?", "founding_date"),
        # "pak harto" is Soeharto ("pertama kali" then got the first summit): the summit
        # whose record says it was the first he attended
        ("pak harto pertama kali ke ktt oki kapan", "summit_6"),
        # how many to give, at least, and hedges are not what is asked (each was a word no
        # answer explained, and the question was refused)
        ("Tuliskan minimal lima tujuan OKI!", "charter_objectives"),
        ("give me 4 aims of the oic", "oic_goals"),
        ("In which year did Bangladesh become an OIC member?", "membership:BD"),
        ("sbnrnya oki tuh didirikan utk tujuan apa aja", "oic_goals"),
        ("Which two kings were considered the initiators of the OIC?", "founders"),
        ("oic sec gen b4 taha who", "sg_11"),  # "b4": before (it got Taha)
        # "ngeblok": blocking, not a voting bloc (it got the OIC at the Human Rights Council)
        ("filipina kok ga jadi2 pengamat oki, siapa yg ngeblok", "philippines_observer_bid"),
        # where it was founded, not by whom (it got the founding members)
        ("the country where the oic was founded", "founding_date"),
        # "forever" is permanent (left unexplained, it refused the question)
        ("OIC office is in Jeddah forever or only temporary?", "headquarters"),
        # who took a chair our records hold by its country (it was not sure between the
        # chairs before and after, and the summit he chaired)
        ("When did Mohamed Morsi become chair of the Islamic Summit?", "summit_chair_egypt"),
        # Indonesia's part, asked with "peranan" (it got the OIC's own role)
        ("Uraikan peranan Indonesia di OKI", "indonesia_roles"),
        # the body under a committee, by what it is (its name was past "More")
        ("Lembaga eksekutif di bawah Komite Al-Quds namanya apa?", "bayt_mal_al_quds"),
        # when it started, in chat ("wat year": it got who started it)
        ("oic started wat year", "founding_date"),
        # how many founded it, not who (it got the two kings)
        ("OKI didirikan oleh berapa negara?", "founding_members"),
        # a member's stance on another's suspension (it got when each joined)
        ("Iran setuju gak waktu Suriah diskors OKI?", "syria_reinstated"),
        # its "capital" is its seat, not the development bank's capital (money)
        ("homework help: what is the capital of the OIC?", "headquarters"),
        # ... and a bank's capital is money ("went": it got the bank's row, on its members)
        ("IsDB authorised capital went from how much to how much by 2014?", "isdb"),
        # "what name the OIC had" asks for a name, not a list ("name the ...": it got the
        # Secretaries-General)
        ("Before the name Organisation of Islamic Cooperation, what name the OIC had?",
         "name_change"),
        # the observer states, not the organisations ("yang berstatus pengamat")
        ("Sebutkan negara-negara yang berstatus pengamat", "observers"),
        # "kena skors": suspended (it was refused)
        ("suriah kena skors oki berapa thn lamanya", "syria_reinstated"),
        # "dah" as a particle, not "sudah" (it was not sure, and then said the OIC had not
        # ceased to exist)
        ("oki apaan dah", "what_is_oic"),
        # English and Indonesian chat spellings (each was not sure)
        ("hu is sec gen of oic nw", "secretary_general"),
        ("wen did oic chnge its nme n y", "name_change"),
        ("okI brdri thn brp, dmn", "founding_date"),
        ("hw many membrs oic hav", "member_count"),
        ("zanzibar in oic wat happend", "zanzibar"),
        ("wats the islamic dev bank got to do w oic", "body_isdb"),
        ("y india not in oic fr", "india_not_member"),  # ("fr": for real, a tag)
        ("oki duitnya dpt drmn sih? ada yg bayarin?", "oic_funding"),  # ("darimana")
        ("berapa lama oki sudah berdiri", "founding_date"),  # (it got what the OIC achieved)
        ("Dewan Menlu OKI sidang rutinnya tiap berapa lama?", "cfm"),  # ("rutin": a topic)
        # "sumit", written so by an example, is "summit" (it got that example's answer)
        ("did indonisia ever host a oic sumit", "extraordinary_summit_5"),
        ("tehran sumit 1997 motto/theme?", "summit_8"),
        # ... and so other typos the examples were written with (each was not sure, or got
        # an entry where a row or a standing answers)
        ("palastine observer at oic?", "membership:PS"),
        ("oic summit in rabbat year", "summit_1"),
        # (each was not sure)
        ("oki pny tentara sndiri gk", "oic_army"),
        ("wen did nigeria becom a member of oic", "membership:NG"),
        ("oki skrg anggotanya udh nyampe brp negara ya, msh 57?", "member_count"),
        ("Apa penyebab Mesir kena skorsing di OKI tahun 1979?", "egypt_suspension"),
        # "pertama kali didirikan": first founded (it got the founding members)
        ("Kapan dan di mana OKI pertama kali didirikan? Jelaskan latar belakangnya!",
         "founding_date"),
        # chat spellings and framing words a red-team pass met (each was not sure)
        ("knp india gak jadi anggota oki pdhl muslimnya banyak bgt", "india_not_member"),
        ("ad brapa benua tmpat negra2 anggota oki tersebar?", "continents_regions"),
        ("is the islamic univ of technology a subsidery organ of oic", "icdt_iut"),
        ("how long was the sec general term under the old charter", "sg_election"),
        ("wat are the goals of the oic in simple words pls", "oic_goals"),
        ("jelaskan tujuan oki dengan bahasa sederhana", "oic_goals"),
        ("is the oic the biggest organisation related to islam", "second_largest"),
        ("brapa bnyk negra yg gabung di oki skarang", "member_count"),
        ("keputusan di oki diambil scr konsensus atau suara terbanyak?", "decision_making"),
        ("sidng mnlu oki ke38 dmana", "cfm_38"),
        ("rapat darurat pertama oki soal gaza okt 2023 kapan n dmn?",
         "executive_committee_meetings"),
        ("jokowi prnh dtg ke ktt oki mana aj", "indonesia_role_recent"),
        # "Fill in:" says how to answer, as "Soal:" does (it was the question, and declined)
        ("fill in the blank: the oic was founded in the year ____", "founding_date"),
        ("Isian: Sekjen OKI sekarang adalah ....", "sg_12"),
        # ... and so do "Isilah titik-titik:" and "Lengkapilah:" (each was declined as off topic)
        ("Isilah titik-titik: Markas besar OKI berada di kota ...", "headquarters"),
        ("isi titik titik: jumlah anggota oki adalah ....", "member_count"),
        ("Lengkapilah: OKI didirikan di kota ...", "founding_date"),
        # "still" asks of the one in office now (it got the past one's row, never saying who)
        ("Guru saya bilang sekjen OKI itu Iyad Madani, masih bener gak?", "sg_12"),
        ("Is Iyad Madani still the OIC secretary general?", "sg_12"),
        # one of several counted before, asked by its place alone (the first Charter; not
        # sure, for the count said)
        ("OIC-2025 punya 18 bidang prioritas, yang pertama apa?", "oic_2025"),
        ("sekjen oki ada 12 orang, yang pertama siapa?", "sg_1"),
        # where, said first in a few words, is read with the question (it got all 57)
        ("Di ASEAN, berapa negara yg jadi anggota OKI?", "asean_members"),
        # the name's word dropped is its change (each was not sure, or declined)
        ("When did the OIC drop \"Conference\" from its name?", "name_change"),
        ("kata konferensi di nama oki dihapus tahun berapa", "name_change"),
        ("yg jd sekjen oki thn ini sp?", "secretary_general"),
        ("kejadian apa yg memicu brdirinya oki?", "founding_trigger"),
        ("soeharto prtama kali dtg ktt oki thn brp", "summit_6"),  # (its record says it)
        # this year's summit is the latest in our sources, and the one planned (it got the
        # 2016 Jakarta summit's theme)
        ("Apa tema KTT OKI tahun ini?", "latest_summit"),
        # signing is the Charter's adoption, not Indonesia's not signing it
        ("piagam oki 1972 ditandatangani di lahore ya?", "charter_1972"),
        # a chat particle, another spelling of a name, English words in Indonesian (each was
        # not sure)
        ("oki di dirikan dmn yach", "founding_date"),
        ("markas oki di mana pliss", "headquarters"),
        # what "OKI" stood for before is the old name (it got today's four names)
        ("OKI dulunya singkatan dari apa?", "name_change"),
        # "abis" is after, in chat (it got Laraki himself)
        ("abis laraki, sekjen oki diganti siapa", "sg_8"),
        ("othaimin was sg from when till when", "sg_11"),
        # the emblem said in a sentence before "it" (it got the members, "show me the members")
        ("The OIC adopted a new emblem in 2011. What does it show?", "oic_emblem"),
        # "this organisation" is the bot's subject (it got the OIC's goals)
        ("this organisation was founded when?", "founding_date"),
        # ... as is its name in another order (not sure)
        ("is uganda an islamic cooperation organisation member state", "membership:UG"),
        ("berapa jumlah member states OIC?", "member_count"),
        ("Which languages does the Charter make official?", "official_languages"),
        # how precisely, and where a claim was read, say nothing of what is asked ("exact"
        # got the next summit, "exact date of the oki ktt in baku"; "key" was unexplained)
        # (the founding date, which the Hijri date's entry also gave, as a second reading)
        ("what was the exact date the oic was founded", "founding_date"),
        ("Our exam key says the OIC was renamed in 2011. What was the exact date?",
         "name_change"),
        ("The Islamic Summit normally meets every: a) year b) two years c) three years",
         "islamic_summit"),
        # "secara" says in what manner, the next word which (it got what the OIC is)
        ("Jelaskan secara singkat sebab-sebab didirikannya OKI!", "founding_trigger"),
        # "present" is current, "monarchs" kings (each not sure)
        ("When and where did the OIC get its present name?", "name_change"),
        ("Which two monarchs get the credit for launching the OIC?", "founders"),
        # (content: the journal's view of Indonesia's role; it got the regions, whose answer
        # also cites a journal)
        ("How has Indonesia's own foreign ministry journal described its OIC role?",
         "indonesia_membership"),
        # chat and typed-fast spellings, and words saying whose view or how something is
        # done (each not sure, or declined)
        ("kantor pusatnya oki tuh di kota mana ya gais", "headquarters"),
        ("ketua komite al-kuds skrang siapa", "body_al_quds_committee"),
        ("jumlh penduduk seluruh negra oki brapa", "population"),
        ("Jelaskan upaya OKI dalam menanggulangi Islamofobia!", "islamophobia"),
        ("Sebutkan kekurangan-kekurangan OKI menurut para pengkritiknya.", "oic_criticism"),
        # "Jelaskan in English:" asks the answer in English (it got the OIC's English name)
        ("Jelaskan in English: what are the goals (tujuan) of the OIC?", "oic_goals"),
        # a toothless tiger, "di zaman sekarang", "kicked from", "switch", "sesuai Piagam"
        # (each refused or not sure, 6 December)
        ("kenapa oki dibilang macan ompong", "oic_effectiveness"),
        ("why is the oic called a toothless tiger", "oic_effectiveness"),
        ("Masih relevan gak sih OKI di zaman sekarang?", "oic_effectiveness"),
        ("egypt got kicked from oic?? when", "egypt_suspension"),
        ("when did oic switch from conference to cooperation", "name_change"),
        ("Tuliskan minimal lima tujuan OKI sesuai Piagam", "charter_objectives"),
        # (and the textbook it comes from)
        ("Apa peristiwa yang melatarbelakangi lahirnya OKI menurut buku sejarah kelas 12?",
         "founding_trigger"),
        # ... or the task; "yg akan datang" (it got the 2016 Jakarta summit: "datang" read
        # as attending), "jkt"
        ("sebutkan 3 kelemahan oki utk tugas sejarah", "oic_criticism"),
        ("ktt oki yg akan datang diadain di negara mana", "summit_16"),
        ("ktt oki di jkt 2016 hasilnya apa aja gan", "extraordinary_summit_5"),
        # English months shortened, "regular" for ordinary, "accession" for joining
        ("first OIC emergency meeting after oct 7 2023 - when?",
         "executive_committee_meetings"),
        ("how often do OIC heads of state hold a regular summit", "islamic_summit"),
        ("Albania's accession to the OIC was in which year?", "membership:AL"),
        # "bosnya", too short a root to lose its "-nya", was a misspelt "Bosnia" (the observers)
        ("siapa bosnya oki", "secretary_general"),
        # "besar atau kecil", a choice of opposites, asks how great (it got the population
        # ranking, "terbesar")
        ("Menurutmu peran Indonesia di OKI besar atau kecil?", "indonesia_roles"),
        # "ibu kota", its capital, is where it sits (it got the founding, in Rabat)
        ("ibukota OKI dimana", "headquarters"),
        # "marah" (angry) at the OIC: Pakistan's over Kashmir (it got the day against
        # Islamophobia, proposed in 2020)
        ("Kenapa Pakistan marah sama OKI tahun 2020?", "kashmir"),
        # "singkat aja" is how briefly (it got the OIC's names, by "singkatan"); "pegang
        # presidency" holds the chair (it got the CFM's, "pegang" left unexplained)
        ("apa itu OKI singkat aja", "what_is_oic"),
        ("sekarang yg pegang presidency OKI siapa", "summit_chair"),
    ],
)
def test_chat_forms_learners_type_are_understood(engine: Engine, question: str,
                                                 answered: str) -> None:
    """Each of these got nothing before its chat form was in the lexicon (1 December)."""
    reply = engine.ask(question)
    key = f"membership:{reply.country}" if reply.kind == "membership" else reply.entry
    assert key == answered, reply.reason


@pytest.mark.parametrize(("question", "names"), [
    ("OKI kepanjangan dari Organisasi Kerja Sama ....", {"oic_names"}),
    ("Sebelum 2011, OKI bernama Organisasi Konferensi ....", {"name_change"}),
    # (the emblem was the answer, from its example "emblem of the islamic cooperation
    # organisation": the words left once "Fill in:" was set aside)
    # (either answer, or both offered, gives the word: "Organisation of Islamic Cooperation")
    ("Fill in: OIC = Organisation of Islamic ___ (since 2011)", {"oic_names", "name_change"}),
])
def test_the_oic_name_cut_short_by_a_blank_asks_for_the_name(engine: Engine, question: str,
                                                             names: set[str]) -> None:
    reply = engine.ask(question)
    given = {reply.entry} if reply.entry else {link.entry for link in reply.suggestions}
    assert given and given <= names, reply.reason
    assert all("Cooperation" in engine.entry_reply(e, "en").answer for e in given)


@pytest.mark.parametrize(("question", "answered", "fact"), [
    ("My textbook says OKI was founded in 1971, is that correct?", "founding_date", "1969"),
    # (it got the first foreign ministers' conference, Jeddah 1970, leaving the claim standing)
    ("Bener gak OKI dibentuk tahun 1970 di Jeddah? guru aku bilang gitu", "founding_date",
     "1969"),
    ("buku saya bilang oki berdiri tahun 1971, benar gak?", "founding_date", "1969"),
    ("guru saya bilang markas oki di mekkah, bener ga?", "headquarters", "Jeddah"),
    ("Was the OIC founded in 1970?", "founding_date", "1969"),  # not the Secretariat's 1970
])
def test_a_claim_to_check_gets_the_fact_that_settles_it(engine: Engine, question: str,
                                                        answered: str, fact: str) -> None:
    """"My textbook says ...", "is that correct?" wrap the claim; they are not its topic."""
    reply = engine.ask(question)
    assert reply.entry == answered, reply.reason
    assert fact in reply.answer


@pytest.mark.parametrize(("question", "answered", "claim", "fact"), [
    ("Was the OIC founded in Cairo?", "founding_date", "Cairo", "Rabat"),
    ("apakah OKI didirikan di Kairo?", "founding_date", "Kairo", "Rabat"),
    ("benarkah OKI didirikan di Jakarta", "founding_date", "Jakarta", "Rabat"),
    ("OKI didirikan di kairo?", "founding_date", "Kairo", "Rabat"),  # a "?" and no question word
    # ... or a chat tag and no "?" (each got the Cairo Declaration)
    ("oki didirikan di kairo ya", "founding_date", "Kairo", "Rabat"),
    ("oki itu lahirnya di kairo bukan sih", "founding_date", "Kairo", "Rabat"),
    # ... past the kind of place it is (each was not sure)
    ("OKI didirikan di kota Kairo Mesir kan?", "founding_date", "Kairo", "Rabat"),
    ("was the oic founded in the city of cairo?", "founding_date", "Cairo", "Rabat"),
    # ... or a country (it got Egypt's suspension, as if that answered)
    ("oki didirikan di mesir kan?", "founding_date", "Mesir", "Rabat"),
    ("was the oic founded in egypt?", "founding_date", "Egypt", "Rabat"),
    ("is the oic headquarters in egypt?", "headquarters", "Egypt", "Jeddah"),
    ("OKI punya 58 anggota?", "member_count", "58", "57"),
    ("Does the OIC have 60 members?", "member_count", "60", "57"),
    ("apakah OKI didirikan tahun 1975", "founding_date", "1975", "1969"),
    ("was the OIC renamed in 2008?", "name_change", "2008", "2011"),
    ("Is the OIC based in Cairo?", "headquarters", "Cairo", "Jeddah"),
    ("Was the Cairo Declaration adopted in Jeddah?", "cairo_declaration", "Jeddah", "1990"),
    # (a city no row names is a place claimed all the same: it was not sure)
    ("IOFS berkantor di Almaty?", "iofs", "Almaty", "Astana"),
    ("Is IRCICA in Tunis?", "ircica", "Tunis", "Istanbul"),
])
def test_a_false_where_or_when_gets_what_the_sources_say_and_is_not_a_yes(
        engine: Engine, question: str, answered: str, claim: str, fact: str) -> None:
    """The place or year claimed is not the topic (it led to the Cairo Declaration); the
    answer that says where or when answers, opening with its sources not saying the claim."""
    reply = engine.ask(question)
    assert reply.entry == answered, reply.reason
    lead, _, rest = reply.answer.partition("\n")
    assert claim in lead and claim not in rest
    assert fact in rest


def test_a_country_claimed_is_confirmed_by_a_city_of_it(engine: Engine) -> None:
    """"was the oic charter signed in saudi arabia?" got the 2008 Charter's "Our sources here
    do not mention Saudi Arabia" (it states Senegal), above the first Charter's, adopted in
    Jeddah, whose answer names the city only."""
    reply = engine.ask("was the oic charter signed in saudi arabia?")
    assert reply.intent == "charter_1972" and "Jeddah" in reply.parts()[0], reply.reason


@pytest.mark.parametrize(("question", "row"), [
    ("Was the 10th summit held in Kuala Lumpur?", "summit_10"),
    ("KTT OKI ke-10 di Putrajaya?", "summit_10"),
    # (a place and a year of two meetings: both, said apart; tests/engine/test_tables.py)
])
def test_a_claim_about_a_tables_row_is_settled_by_the_row(engine: Engine, question: str,
                                                           row: str) -> None:
    """The tables correct a row's premise themselves; read as "where was the 10th summit
    held", the list of summits beat the 10th."""
    assert engine.ask(question).entry == row


@pytest.mark.parametrize(("question", "row", "lead"), [
    ("was the first summit held in Baghdad?", "summit_1",
     "Not in Baghdad: our sources place it in Rabat."),
    ("Is the IOFS based in Almaty?", "body_iofs", "Not in Almaty: our sources place it in Astana."),
])
def test_a_city_no_row_names_is_a_place_claimed_and_said_not_to_be_it(
        engine: Engine, question: str, row: str, lead: str) -> None:
    """"IOFS berkantor di Almaty?" was not sure, and "Is the IOFS based in Almaty?" answered
    "based in Astana" with no word on Almaty: the city was no place the bot knew."""
    reply = engine.ask(question)
    assert reply.entry == row, reply.reason
    assert reply.answer.startswith(lead)


@pytest.mark.parametrize("question", [
    "Was the OIC founded in Rabat?", "Was the OIC founded in 1969?",
    "apakah markas OKI di Jeddah?"])
def test_a_true_where_or_when_gets_the_answer_plainly(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert reply.kind == "answer", reply.reason
    assert not reply.answer.startswith(("The sources of this answer", "Sumber jawaban ini"))


def test_answers_are_in_the_language_asked(engine: Engine) -> None:
    indonesian = engine.ask("dimana markas oki")
    english = engine.ask("where is the oic headquarters")
    assert indonesian.intent == english.intent == "headquarters"
    assert "Jeddah" in indonesian.answer and "Jeddah" in english.answer
    assert indonesian.answer != english.answer


def test_changing_facts_carry_an_as_of_date(engine: Engine) -> None:
    reply = engine.ask("siapa sekjen oki sekarang")
    assert reply.as_of is not None


def test_small_talk_has_no_sources(engine: Engine) -> None:
    for question, intent in [("halo", "greeting"), ("makasih ya", "thanks"),
                             ("what can you do", "capabilities"), ("bye", "goodbye")]:
        reply = engine.ask(question)
        assert (reply.intent, reply.kind, reply.sources) == (intent, "smalltalk", ())


@pytest.mark.parametrize(("message", "intent"), [
    ("hey whats up", "greeting"),  # (it got the OIC's main organs, by "make up")
    ("pagi bot, lagi sibuk gak?", "greeting"),
    ("makasih banyak ya udah bantu tugasku", "thanks"),
    ("you're pretty useful honestly", "praise"),  # (each of these three was not sure)
    ("bisa pake bahasa inggris aja gak", "capabilities"),  # (it got the official languages)
    ("bot ini buat apa", "capabilities"),  # (it got the OIC's aims, by "oki buat apa")
    ("halo botku", "greeting"),
    ("mantap botnya", "thanks"),  # (it was told "I only answer questions about the OIC")
    ("jawabannya ga nyambung", "complaint"),
    ("cya later", "goodbye"),
    # (each of these two got the OIC's effectiveness, the first with "botnya" set aside)
    ("botnya gak guna", "complaint"),
    ("you're useless", "complaint"),
])
def test_chat_in_chat_words_is_small_talk(engine: Engine, message: str, intent: str) -> None:
    reply = engine.ask(message)
    assert (reply.intent, reply.kind) == (intent, "smalltalk"), reply.reason


@pytest.mark.parametrize(("message", "opening"), [
    ("thanks mate, last question: is indonesia a member", "Yes."),
    ("pertanyaan terakhir: apakah indonesia anggota oki?", "Ya."),
])
def test_a_last_question_announced_is_not_the_last_member_asked(engine: Engine, message: str,
                                                                opening: str) -> None:
    """"thanks mate, last question: is indonesia a member" was told "No. Indonesia is a member
    ... The newest member on that list is Côte d'Ivoire", as if asked whether it joined last."""
    assert engine.ask(message).answer.startswith(opening)


def test_an_opinion_asked_of_the_oic_is_no_praise_of_the_bot(engine: Engine) -> None:
    reply = engine.ask("oki itu keren ga menurutmu")
    assert reply.kind != "smalltalk", reply.reason


def test_chat_inside_a_question_is_not_the_answer(engine: Engine) -> None:
    """"..., why so late?" read alone was "see you later" (it said "Goodbye!"); "oh wait"
    before a question left it unexplained (it was not sure)."""
    reply = engine.ask("Banjul summit was supposed to be in 2019 originally, why so late?")
    assert reply.kind != "smalltalk", reply.reason
    assert engine.ask("thanks bye! oh wait what year was the name changed?").intent == (
        "name_change")


@pytest.mark.parametrize(
    "question",
    [
        "kapan pbb didirikan",
        "where is the headquarters of nato",
        "siapa sekjen pbb sekarang",
        "berapa jumlah anggota asean",
        "what are the official languages of the african union",
        "markas liga arab dimana",
        "apakah turki anggota nato",
        "what is the un human rights council",  # the OIC has an entry on its bloc there
        # the OIC's entry on the UN's envoy against Islamophobia shares every word but one
        "who is the un special envoy for yemen",
        "siapa utusan khusus pbb untuk suriah",
        "un general assembly president 2024",
        # ICESCO's entry names UNESCO in one example ("unesco of the islamic world"), and
        # its seat's example shares every other word
        "Where is UNESCO headquartered?",
        "kapan unesco didirikan",
        # a meeting of its kind, in a place and year no meeting of the OIC's was held
        "ktt iklim pbb 2023 di dubai bahas apa",
        # (a name said short: "Non-Aligned" got the OIC's first summit)
        "which country hosted the first Non-Aligned summit?",
        # a development bank like the OIC's own (it got the Islamic Development Bank)
        "Bank Pembangunan Asia kantor pusatnya di mana?",
        "Who founded the Economic Cooperation Organization?",
        # (an older conference of Asian and African states: it got the OIC's continents)
        "eh OKI tuh sama ga sih sama Organisasi Konferensi Asia Afrika?",
        "kak, konferensi islam asia afrika itu OKI bukan ya",
    ],
)
def test_other_organisations_never_get_an_oic_fact(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert reply.kind not in ("answer", "membership"), reply
    assert reply.intent is None and reply.sources == ()


@pytest.mark.parametrize("question", ["ktt iklim pbb 2023 di dubai bahas apa",
                                      "ktt pbb 2002 di istanbul bahas apa",
                                      "what did the un say about the riyadh 2023 summit"])
def test_another_organisation_s_meeting_is_said_to_be_outside(engine: Engine,
                                                              question: str) -> None:
    """A meeting of the OIC's, named by place and year, makes a question naming the UN the
    OIC's; one in a place or a year where it held none does not (the OIC met in Istanbul in
    other years), nor one named after the UN, whose words are asked (it got the summit's
    entry, which says nothing the UN said): it is said to be about the UN."""
    assert engine.ask(question).kind == "other_org"


@pytest.mark.parametrize(("question", "intent"), [
    ("principels of oic charter pls", "charter_principles"),
    ("principels of islamic diplomacy", "diplomacy_principles"),
])
def test_a_typo_as_close_to_two_words_is_read_as_either(engine: Engine, question: str,
                                                        intent: str) -> None:
    """"principels" is one slip from "principles" and from "principals": read as the first
    found alone, the Charter's principles got Islamic diplomacy (and its examples carried
    typos of their own to be found at all)."""
    assert engine.ask(question).intent == intent


def test_what_made_them_found_it_asks_why(engine: Engine) -> None:
    """"wat made muslim countries start the oic" got when it was founded."""
    reply = engine.ask("wat made muslim countries start the oic in the first place")
    assert reply.intent == "founding_trigger", reply.reason


@pytest.mark.parametrize(("question", "intent"), [
    ("what is ICDT", "icdt_iut"),
    ("ICDT itu apa dan di mana kantornya?", "icdt_iut"),
    ("apa itu IRCICA", "ircica"),
    ("what is SESRIC", "sesric"),
])
def test_an_institution_asked_by_name_gets_its_own_entry(engine: Engine, question: str,
                                                         intent: str) -> None:
    """"What is ICDT?" got the list of all subsidiary organs, whose examples held the
    question from before the ICDT had an entry of its own."""
    assert engine.ask(question).intent == intent


@pytest.mark.parametrize(("question", "intent"), [
    ("siapa utusan khusus pbb untuk melawan islamofobia", "islamophobia_envoy"),
    ("How was the UN envoy on Islamophobia appointed?", "islamophobia_envoy"),
    ("kapan pbb menetapkan hari anti islamofobia", "islamophobia_day"),
    ("ktt riyadh 2024 minta apa soal israel di pbb", "arab_islamic_summit_2024"),
    # ... and one of its meetings, named by place and year (refused as "about the UN")
    ("KTT Riyadh 2023 minta DK PBB dan ICC berbuat apa soal Gaza?", "arab_islamic_summit_2023"),
    ("What did the Riyadh 2023 summit ask the UN Security Council to do?",
     "arab_islamic_summit_2023"),
    # an OIC institution named by its name is the OIC's own (refused as "about UNESCO")
    ("Is ICESCO the same thing as UNESCO?", "icesco"),
    ("apa beda icesco dan unesco", "icesco"),
    ("What is the UNESCO of the Islamic world?", "icesco"),
])
def test_the_oic_s_own_work_at_another_organisation_is_answered(engine: Engine, question: str,
                                                                intent: str) -> None:
    """Naming the UN without the OIC needed a match of 0.85 before the words the entry leaves
    unexplained were weighed: the OIC's own work there was refused as "about the UN", even
    the entry's own title ("How was the UN envoy on Islamophobia appointed?")."""
    reply = engine.ask(question)
    assert reply.intent == intent, reply.reason


@pytest.mark.parametrize("question", [
    "Miguel Angel Moratinos diangkat PBB sebagai apa pada Mei 2025?",
    "Mengapa PBB menetapkan 21 Agustus sebagai Hari Internasional Memerangi Islamofobia?",
])
def test_the_oic_s_own_work_asked_unclearly_is_offered_not_refused(engine: Engine,
                                                                   question: str) -> None:
    """They were told "this seems to be about the UN; I only answer about the OIC", though
    the OIC's entries on its work there came close: those are offered instead (or answer,
    where one explains every word: "diangkat" is what "menunjuk" says)."""
    reply = engine.ask(question)
    assert reply.kind in ("suggest", "answer"), reply.reason
    offered = [link.entry for link in reply.suggestions] if reply.kind == "suggest" else [
        reply.entry]
    assert {"islamophobia", "islamophobia_envoy", "islamophobia_day"} & set(offered), reply.reason


def test_another_organisation_compared_with_the_oic_in_a_later_question_is_a_comparison(
        engine: Engine) -> None:
    """The first question alone is about the Arab League (refused); the message, read whole,
    compares it with the OIC, which an entry does."""
    reply = engine.ask("Liga Arab berdiri tahun berapa dan oleh berapa negara? bandingkan "
                       "dengan OKI")
    assert reply.intent == "vs_arab_league", reply.reason
    assert engine.ask("Soal Liga Arab, kapan didirikan?").kind == "other_org"


def test_south_asia_is_not_southeast_asia(engine: Engine) -> None:
    assert engine.ask("which south asian countries r in oic").intent != "asean_members"


def test_unrelated_questions_are_admitted_not_guessed(engine: Engine) -> None:
    for question in ["resep nasi goreng", "what's the weather in jakarta", "asdfghjkl",
                     "siapa presiden amerika serikat",
                     # not "the OIC is the second-largest organisation", which it once got
                     "negara muslim terbesar di dunia",
                     # (nor the members' population)
                     "Ada berapa negara di dunia?"]:
        reply = engine.ask(question)
        assert reply.intent is None, (question, reply)
        assert reply.kind == "fallback"
        assert reply.sources == ()


def test_an_example_counting_another_does_not_answer(engine: Engine) -> None:
    """ "Kalau OKI itu organisasi terbesar kedua setelah PBB, yang ketiga apa?" got the OIC
    as the second largest: the third was asked, which no entry says."""
    reply = engine.ask("Kalau OKI itu organisasi terbesar kedua setelah PBB, yang ketiga apa?")
    assert reply.intent is None, reply.reason
    assert engine.ask("OKI organisasi terbesar kedua setelah PBB?").intent == "second_largest"


@pytest.mark.parametrize(
    ("question", "code", "status_word"),
    [
        ("Apakah Turki anggota OKI?", "TR", "1969"),
        ("is turkey a member of the oic", "TR", "1969"),
        ("kapan pantai gading bergabung dengan oki", "CI", "2001"),
        ("is ivory coast a member of the oic", "CI", "2001"),
        ("apakah rusia anggota oki", "RU", "pengamat"),
        ("is india a member of the oic", "IN", "not a member"),
        ("jepang anggota oki gak", "JP", "bukan anggota"),
    ],
)
def test_membership_for_any_country(engine: Engine, question: str, code: str,
                                    status_word: str) -> None:
    reply = engine.ask(question)
    assert (reply.intent, reply.country, reply.kind) == ("membership", code, "membership")
    assert status_word in reply.answer
    assert reply.sources


@pytest.mark.parametrize(
    ("question", "opening"),
    [("is turkey an observer of the oic", "No. Türkiye is a member"),
     ("apakah malaysia negara pengamat oki", "Tidak. Malaysia adalah negara anggota"),
     ("is russia an observer of the oic", "Yes. Russian Federation is not a full member"),
     ("Is Brunei a founding member of the OIC?", "No. Brunei Darussalam is a member"),
     ("is egypt a founding member", "Yes. Egypt is a member"),
     ("Is Turkey not a member of OIC?", "Türkiye is a member"),
     # ("not yet", and a negation before "an OIC member": it said "Ya."/"Yes.")
     ("Turkmenistan belum jadi anggota OKI sampai sekarang. Benar atau salah?",
      "Turkmenistan adalah negara anggota"),
     ("Turkmenistan was never an OIC member. True or false?", "Turkmenistan is a member"),
     ("apakah indonesia anggota oki atau tidak", "Ya. Indonesia adalah negara anggota"),
     # the yes/no asks what kind of state it is: "Ya." read as "yes, an Islamic state"
     ("Is Turkey an islamic country in the OIC?", "Türkiye is a member"),
     # ... or no standing at all (a person's nationality: "Yes." read as "yes, Tunisian")
     ("The 8th Secretary-General, Belkeziz, was Tunisian, wasnt he?", "Tunisia is a member"),
     # ... or whether it may vote ("Ya." read as "yes, it may vote")
     ("Thailand kan pengamat, boleh ikut voting gak?", "Thailand bukan anggota penuh"),
     # ... or whether it may join ("Tidak." read as "no, it may not")
     ("Kalau Timor Leste mau gabung OKI, bisa gak?", "Timor Leste bukan anggota OKI"),
     # ... nor when it offers a choice ("Yes." to "active player or passive member?"), though
     # "or not", "true or false" and "or nah" ask for one only
     ("Senegal in the OIC: active player or passive member?", "Senegal is a member"),
     ("is turkey in oic or nah", "Yes. Türkiye is a member"),
     ("True or false: Bangladesh joined the OIC in 1974.", "Yes. Bangladesh is a member"),
     # what the question asks, not the sentence after it ("Yes." for the observer)
     ("Did Thailand join the OIC? I saw Thailand listed somewhere as an observer.",
      "Thailand is not a full member"),
     # not a "Yes." to "the latest to join": whether it joined last, and who did (it said
     # only when Guyana joined; "Is Suriname the newest OIC member?" was not sure)
     ("Is Guyana the latest country to join the OIC?", "No. Guyana is a member of the OIC, "
      "listed as joining in 1998. The newest member on that list is Côte d'Ivoire (2001)."),
     ("apakah suriname anggota terbaru oki", "Tidak. Suriname adalah negara anggota OKI; "
      "daftar anggota mencatatnya bergabung pada 1996. Anggota terbaru dalam daftar itu adalah "
      "Pantai Gading (2001)."),
     ("Is Cote d'Ivoire the newest OIC member?", "Yes. Côte d'Ivoire is a member of the OIC, "
      "listed as joining in 2001. Côte d'Ivoire is the 57th"),
     # ... nor to one saying it is not in the OIC ("Yes." read as "yes, it is not")
     ("Guyana isn't in the OIC, right?", "Guyana is a member of the OIC"),
     # ... nor a claim tagged "correct?" (the tag left unexplained: India's bid for observer
     # status, not its standing)
     ("India has observer status in the OIC, correct?", "No. India is not a member of the OIC, "
      "nor is it listed as an observer."),
     # ... asked by its number, the newest's (it was not sure)
     ("Anggota ke-57 OKI itu Suriname kan?", "Tidak. Suriname adalah negara anggota OKI; "
      "daftar anggota mencatatnya bergabung pada 1996. Anggota ke-57 sekaligus terbaru dalam "
      "daftar itu adalah Pantai Gading (2001)."),
     ("Was Suriname the 57th member of the OIC?", "No. Suriname is a member of the OIC, listed "
      "as joining in 1996. The 57th and newest member on that list is Côte d'Ivoire (2001)."),
     # ... newest said in two words (it got the latest summit, "baru" unexplained)
     ("Anggota OKI yg paling baru itu Palestina kan?", "Tidak. Negara Palestina adalah negara "
      "anggota OKI"),
     ("The most recent member to join the OIC was Guyana in 1998, correct?", "No. Guyana is a "
      "member of the OIC, listed as joining in 1998. The newest member on that list is Côte "
      "d'Ivoire (2001)."),
     # ... but not when the year it joined is claimed wrong ("Ya.": it joined in 2001)
     ("Pantai Gading anggota OKI terakhir, masuk tahun 1996?", "Tidak. Pantai Gading adalah "
      "negara anggota OKI; daftar anggota mencatatnya bergabung pada 2001."),
     # ... and a joining year claimed wrong is answered, not declined ("Azerbaijan masuk OKI
     # tahun 1991 ya?" got the Baku summit; "Togo ... 1990" was not sure)
     ("Azerbaijan masuk OKI tahun 1991 ya?", "Tidak. Azerbaijan adalah negara anggota OKI; "
      "daftar anggota mencatatnya bergabung pada 1992."),
     ("Did Togo join the OIC in 1990?", "No. Togo is a member of the OIC, listed as joining "
      "in 1997."),
     # ... with no "No." where lists differ on its year (one gives Cameroon 1975)
     ("Kamerun masuk OKI tahun 1975?", "Kamerun adalah negara anggota OKI; daftar anggota "
      "mencatatnya bergabung pada 1974."),
     # a member that never left: not "Yes." (it got "not sure", no correction)
     ("Did Iran leave the OIC?", "No. Our sources do not record Iran leaving the OIC. Iran is"),
     ("Benarkah Turki keluar dari OKI?", "Tidak. Sumber kami tidak mencatat Turki keluar"),
     ("Why did Iran give up its membership?", "Our sources do not record Iran leaving"),
     # ... nor a country never in it suspended or expelled (it got Egypt's suspension)
     ("kapan israel dikeluarin dr oki", "Israel bukan anggota OKI"),
     ("When was Israel expelled from the OIC?", "Israel is not a member"),
     # joining asked with "-nya" on a premise that is false (it got the continents)
     ("Afrika Selatan kan anggota OKI, masuknya kapan?", "Afrika Selatan bukan anggota OKI")],
)
def test_yes_or_no_answers_what_the_question_asked(engine: Engine, question: str,
                                                  opening: str) -> None:
    """"Is Turkey an observer?" was answered "Yes. Türkiye is a member"; "Is Brunei a founding
    member?" "Yes ... joining in 1984"; a negated question gets the standing without a yes or
    no that could be read both ways ("atau tidak", whether or not, is no negation)."""
    reply = engine.ask(question)
    assert reply.kind == "membership", reply.reason
    assert reply.answer.startswith(opening), reply.answer
    if "founding" in question and opening.startswith("Yes"):
        assert "Sources differ on which states count as founders" in reply.answer


@pytest.mark.parametrize(("question", "said"), [
    # what kind of state it is ("Ya." read as "yes, an Islamic state"), then why it could join
    ("Apakah Indonesia negara Islam? kok bisa masuk OKI", "bukan negara Islam"),
    # ... or whether it belongs to another body ("Ya." read as "yes, a UN member")
    ("Palestina anggota PBB gak? kok bisa jadi anggota OKI", "bukan anggota PBB"),
])
def test_a_yes_or_no_about_another_standing_is_told_it_with_no_ya(engine: Engine, question: str,
                                                                   said: str) -> None:
    """The second question ("kok bisa masuk OKI": how come it could join) is read with the
    first, which names no OIC: the answer tells the standing asked about, with no "Ya." that
    could be read as agreeing."""
    reply = engine.ask(question)
    assert reply.kind in ("membership", "answer"), reply.reason
    assert not reply.answer.startswith(("Ya.", "Tidak.")), reply.answer
    assert said in reply.answer, reply.answer


@pytest.mark.parametrize(("question", "said"), [
    ("Central African Republic: member or observer?", "observer state of the OIC since 1996"),
    ("Indonesia termasuk pemegang saham besar di Bank Pembangunan Islam? berapa persen?",
     "7,9%"),
])
def test_a_first_part_asking_nothing_is_read_with_what_follows(engine: Engine, question: str,
                                                               said: str) -> None:
    """"Central African Republic: member or observer?" was read as two: the name alone, which
    found nothing, then what is asked of it, never answered after the first went unanswered."""
    reply = engine.ask(question)
    assert said in reply.parts()[0], reply.reason


def test_a_member_counted_back_is_not_told_it_is_not_the_newest(engine: Engine) -> None:
    """Guyana is the second newest member: "the newest is Côte d'Ivoire" answers another
    question, as if it said no to the one asked."""
    reply = engine.ask("is guyana the second newest member of the oic")
    assert "The newest member on that list" not in reply.answer, reply.answer


def test_a_quiz_naming_several_countries_gets_each_standing(engine: Engine) -> None:
    """"Which of these is not a member: Pakistan, India, ...?" got the OIC's aims (an example
    "which of these is not an aim"): each country's standing, one line each, answers it."""
    for question in ("Which of these is not an OIC member: Pakistan, India, Bangladesh or "
                     "Indonesia", "manakah yang bukan anggota oki: malaysia, brunei, singapura"):
        reply = engine.ask(question)
        assert reply.kind == "membership", reply.reason
        assert "India: not a member" in reply.answer or "Singapura: bukan anggota" in reply.answer


@pytest.mark.parametrize(
    ("question", "opening"),
    [("Is Nigeria a member of the OIC?", "Yes. Nigeria is a member"),
     ("apakah israel anggota oki", "Tidak. Israel bukan anggota"),
     ("How did Nigeria become a member of the OIC?", "Nigeria is a member"),
     # "became ... member" asks when it joined (it got the membership criteria)
     ("Palestine became an OIC member in which year?", "State of Palestine is a member"),
     ("kapan nigeria menjadi anggota oki", "Nigeria adalah negara anggota"),
     # a year named but none given asks when ("Albania year of joining OIC?" got "Yes.")
     ("Albania year of joining OIC?", "Albania is a member"),
     ("Did Albania join the OIC in the year 1992?", "Yes. Albania is a member")],
)
def test_only_a_yes_no_question_is_answered_yes_or_no(engine: Engine, question: str,
                                                      opening: str) -> None:
    """"When did Iraq join?" answered "Yes." reads like a misunderstanding."""
    reply = engine.ask(question)
    assert reply.kind == "membership", reply.reason
    assert reply.answer.startswith(opening), reply.answer
    assert not engine.entry_reply("membership:NG", "en").answer.startswith("Yes")
    # ... of the country named, not of any other ("Yes." said no member joined after it)
    other = engine.ask("Côte d'Ivoire joined in 2001. Has any country joined since then?")
    assert other.answer.startswith("Côte d'Ivoire is a member"), other.answer


@pytest.mark.parametrize(
    ("question", "lines"),
    [("which countries joined the OIC in 1972", ["• 1972: Bahrain, Oman, Qatar, Sierra Leone, "
                                                 "Syria, United Arab Emirates"]),
     ("sebutkan negara anggota oki dari tahun 1969 sampai 1972", ["• 1969:", "• 1972:"]),
     # a year with "after", "sejak", "before": a span open on one side (it listed 1995's)
     ("Which countries joined the OIC after 1995?",
      ["• 1996: Suriname, Uzbekistan", "• 1997:", "• 1998:", "• 2001: Côte d'Ivoire"]),
     ("Has any country joined the OIC since 2001?", ["• 2001: Côte d'Ivoire"]),
     ("negara yang bergabung dengan OKI sebelum tahun 1972", ["• 1969:"]),
     ("members who joined the OIC in or after 1998", ["• 1998: Guyana", "• 2001:"]),
     # ... "by": up to and with that year (it got the 7 of 1974 alone)
     ("by 1974 how many countries had joined the OIC", ["• 1969:", "• 1972:", "• 1974:"]),
     # the OIC unnamed, countries joining (it got the entry on Zanzibar, and all 57)
     ("Which countries joined in 1992?", ["• 1992: Albania"]),
     ("name all the countries that joined in 1974", ["• 1974: Bangladesh"]),
     ("Which member joined in 1986?", ["• 1986: Nigeria"]),  # (it got all 57)
     # ... a decade, each year of it (each got nothing)
     ("how many oic members joined in the 1990s", ["• 1992:", "• 1994:", "• 1995:", "• 1996:",
                                                   "• 1997:", "• 1998: Guyana"]),
     ("negara yang gabung OKI tahun 1980-an apa saja", ["• 1983:", "• 1984:", "• 1986:"]),
     ("which countries joined the OIC in the 80s", ["• 1983:", "• 1984:", "• 1986:"]),
     # ... and of them, the last or the first to join (it got nothing)
     ("Negara yang paling akhir gabung OKI di tahun 90-an apa?", ["• 1998: Guyana"]),
     ("which country was the first to join the OIC in the 1970s", ["• 1972: Bahrain"])],
)
def test_members_by_the_year_they_joined_come_from_the_country_data(
        engine: Engine, question: str, lines: list[str]) -> None:
    """No example can name every year: the list is made from each country's joining year,
    and cites the list those years come from."""
    reply = engine.ask(question)
    assert (reply.kind, reply.intent) == ("answer", "member_list"), reply.reason
    shown = [line for line in reply.answer.splitlines() if line.startswith("•")]
    assert [line[: len(want)] for line, want in zip(shown, lines, strict=True)] == lines
    assert reply.sources == engine.kb.country_sources
    assert engine.knows("joined:1969-1972") and engine.knows("joined:1970-1970")
    assert not engine.knows("joined:1900-1900")  # (before any: no nearest to say)
    assert engine.entry_reply("joined:1974-1974", "id").answer.count("• 1974:") == 1
    # A count is not a list; and no member is listed as joining in 1970, which is said, with
    # the lists that differ
    assert "joined" not in engine.ask("berapa anggota oki tahun 1969").reason
    answer = engine.ask("which countries joined the OIC in 1970").answer
    assert "no OIC member is listed as joining in 1970" in answer and "Other lists" in answer
    # ... but a count of those joining is counted first ("Negara yg gabung OKI tahun 1974 ada
    # brp?" got the whole table of 57)
    for question, first in (("Negara yg gabung OKI tahun 1974 ada brp?", "7 anggota OKI "
                             "tercatat bergabung pada 1974:"),
                            ("How many countries joined the OIC after 2000?", "1 OIC member "
                             "is listed as joining from 2001 on:")):
        assert engine.ask(question).answer.splitlines()[0].endswith(first)


@pytest.mark.parametrize(
    ("question", "said", "lines"),
    [("the second last country to join the OIC", "the 2nd most recent to join is Guyana, in 1998",
      ["• 2001: Côte d'Ivoire", "• 1998: Guyana"]),
     ("penultimate country to join the oic", "is Guyana, in 1998", ["• 2001:", "• 1998:"]),
     ("anggota terbaru ketiga OKI siapa", "yang ke-3 dari terakhir bergabung adalah Togo, pada "
      "1997", ["• 2001: Pantai Gading", "• 1998: Guyana", "• 1997: Togo"]),
     # ... one of those joining the same year, which the list orders no further
     ("who is the fourth newest member of the OIC", "is one of Suriname and Uzbekistan, which "
      "joined in 1996", ["• 2001:", "• 1998:", "• 1997:", "• 1996: Suriname, Uzbekistan"]),
     # ... and within a span (it got the last of the 1990s)
     ("second last country to join in the 1990s", "the 2nd most recent to join between 1990 "
      "and 1999 is Togo, in 1997", ["• 1998: Guyana", "• 1997: Togo"])],
)
def test_a_member_counted_back_from_the_newest_is_that_member(
        engine: Engine, question: str, said: str, lines: list[str]) -> None:
    """"The second last country to join" got the newest member, Côte d'Ivoire."""
    reply = engine.ask(question)
    assert (reply.kind, reply.intent) == ("answer", "member_list"), reply.reason
    assert said in reply.answer.splitlines()[0], reply.answer
    shown = [line for line in reply.answer.splitlines() if line.startswith("•")]
    assert [line[: len(want)] for line, want in zip(shown, lines, strict=True)] == lines
    assert engine.knows("joined_back:2") and not engine.knows("joined_back:58")
    assert "Guyana" in engine.entry_reply("joined_back:2", "id").answer.splitlines()[0]


@pytest.mark.parametrize(
    ("question", "said", "line"),
    [("the third country to join the OIC", "25 founders joined together in 1969, so the 3rd "
      "to join is one of them", "• 1969: Afghanistan, Algeria"),
     ("negara ke-2 yg gabung oki", "25 negara pendiri bergabung bersama pada 1969",
      "• 1969: Afganistan"),
     # ... one of those joining the same year, which the list orders no further
     ("the 30th country to join the OIC", "25 members had joined before 1972; the 30th to join "
      "was one of Bahrain, Oman,", "• 1972: Bahrain, Oman, Qatar"),
     ("which was the 56th country to join oic", "the 56th to join was Guyana, in 1998",
      "• 1998: Guyana")],
)
def test_a_member_counted_from_the_first_to_join_is_that_member(
        engine: Engine, question: str, said: str, line: str) -> None:
    """"The third country to join the OIC" got the entry on the OIC's benefits."""
    reply = engine.ask(question)
    assert (reply.kind, reply.intent) == ("answer", "member_list"), reply.reason
    assert said in reply.answer.splitlines()[0], reply.answer
    assert reply.answer.splitlines()[1].startswith(line), reply.answer
    # (the count rests on the founders, whose number the sources give differently)
    assert reply.answer.splitlines()[-1].startswith(("Sources also differ", "Sumber juga")), \
        reply.answer
    assert engine.knows("joined_nth:56") and not engine.knows("joined_nth:57")


def test_why_not_a_member_gets_the_reason_where_an_entry_gives_one(engine: Engine) -> None:
    """A standing says India is not a member; the learner asked why."""
    assert engine.ask("india kan muslimnya banyak, knp gak jadi anggota oki").intent == \
        "india_not_member"
    # With no entry giving a reason, the standing is still the best answer there is.
    reply = engine.ask("kenapa brazil bukan anggota oki")
    assert (reply.kind, reply.country) == ("membership", "BR")


def test_a_standing_and_the_entry_about_it_are_not_rivals(engine: Engine) -> None:
    """"Is Russia in the OIC?": Russia's standing and the entry on how Russia became an
    observer (``entry:`` on the country) are one answer, not a choice to offer."""
    reply = engine.ask("is russia in the OIC")
    assert reply.kind in ("membership", "answer"), reply.reason
    assert "2005" in reply.answer
    reply = engine.ask("india kok ga masuk oki ya?")
    assert reply.kind in ("membership", "answer"), reply.reason
    assert "Pakistan" in reply.answer  # why: Pakistan kept India out of Rabat in 1969


def test_muslim_countries_and_members_read_either_way_get_both_sides(engine: Engine) -> None:
    """"Which Muslim country is not a member?" and "which members are not Muslim?" share their
    words; the one answer says both: the Christian-majority members, and that our sources name
    no Muslim-majority country outside (rather than a guess)."""
    for question in ("Which Muslim country is not member of OIC",
                     "which oic members are not muslim majority",
                     "negara muslim yang bukan anggota oki"):
        reply = engine.ask(question)
        assert reply.entry == "christian_majority_members", reply.reason
        first = reply.answer.split("\n\n")[0]
        assert "Uganda" in first and ("outside the OIC" in first or "di luar OKI" in first)


def test_why_a_country_is_a_member_gets_its_standing_and_why_it_stands_out(
        engine: Engine) -> None:
    """"Why is Guyana in the OIC?": when it joined, and that its people are mostly not
    Muslim, which is what makes learners ask."""
    for question, lang in (("why is guyana in the oic", "en"),
                           ("kenapa guyana masuk oki", "id")):
        reply = engine.ask(question)
        assert (reply.kind, reply.country) == ("membership", "GY"), reply.reason
        assert "1998" in reply.answer
        assert ("Christian-majority" if lang == "en" else "bermayoritas Kristen") in reply.answer


@pytest.mark.parametrize(
    ("question", "codes", "words"),
    [("apakah malaysia dan brunei anggota oki", "MY_BN", ("1969", "1984")),
     ("Why are Guyana and Suriname in the OIC?", "GY_SR", ("1998", "1996", "Christian")),
     ("is india or china a member of the oic", "IN_CN", ("India: not a member",
                                                         "China: not a member")),
     ("apakah thailand dan filipina anggota oki", "TH_PH", ("pengamat sejak 1998",))],
)
def test_several_countries_named_get_each_ones_standing(engine: Engine, question: str,
                                                         codes: str, words: tuple[str, ...]
                                                         ) -> None:
    reply = engine.ask(question)
    assert (reply.kind, reply.country) == ("membership", codes), reply.reason
    assert all(word in reply.answer for word in words), reply.answer
    assert engine.knows(f"membership:{codes}")  # its buttons and deep links open it again
    assert engine.entry_reply(f"membership:{codes}", "en").answer.count("• ") == 2


def test_the_islamic_summit_named_stands_for_the_oic(engine: Engine) -> None:
    """The lexicon's `our_organs`: "India at the Islamic Summit in Rabat" asks about the OIC,
    so the entries not naming India still count (India was kept out of Rabat)."""
    reply = engine.ask("did india attend the islamic summit in rabat")
    assert reply.entry == "rabat_attendance", reply.reason
    assert "named without the OIC" not in reply.reason


@pytest.mark.parametrize("question", ["What was the old name of the CFM?",
                                      "old name of council of foreign ministers",
                                      "who heads the CFM"])
def test_what_is_asked_of_the_oic_asked_of_the_cfm_is_another_question(
        engine: Engine, question: str) -> None:
    """The lexicon's `organs_apart`: "What was the old name of the CFM?" got the OIC's old
    name, "who heads the CFM" the Secretary-General (the CFM's chair is another); the CFM's
    own former name is in its entry, and nothing is told as the other's."""
    reply = engine.ask(question)
    assert reply.intent not in ("name_change", "secretary_general"), reply.reason
    if "name" in question:
        assert "Islamic Conference of Foreign Ministers" in reply.parts()[0], reply.answer


def test_what_is_asked_of_the_cfm_at_a_session_stays_the_oics(engine: Engine) -> None:
    """... but not what the CFM did or where something happened ("Berdasarkan pasal apa Dewan
    Menlu memulihkan keanggotaan Suriah?" is the Syria entry's), nor what the Islamic Summit,
    the OIC's own gathering, stands for ("siapa pemimpin KTT Islam" is whoever chairs the OIC)."""
    assert engine.ask("Berdasarkan pasal apa Dewan Menlu memulihkan keanggotaan Suriah?"
                      ).intent == "syria_reinstated"
    assert engine.ask("siapa pemimpin ktt islam").intent == "summit_chair"


def test_a_tag_question_is_still_a_membership_question(engine: Engine) -> None:
    """"..., right?" is not a question about human rights."""
    reply = engine.ask("pakistan is in the oic right?")
    assert (reply.kind, reply.country) == ("membership", "PK"), reply.reason


def test_an_example_picking_the_first_or_latest_does_not_answer_a_general_question(
        engine: Engine) -> None:
    """"What is the CFM?" is not "when was the latest CFM?"."""
    reply = engine.ask("cfm itu pertemuan menlu oki ya?")
    assert reply.intent == "cfm", reply.reason
    assert engine.ask("kapan pertemuan menlu oki terakhir").intent in ("latest_cfm", "cfm_51")


def test_a_fact_can_be_opened_by_id_in_either_language(engine: Engine) -> None:
    reply = engine.entry_reply("headquarters", "en")
    assert reply.intent == "headquarters" and reply.lang == "en" and reply.sources
    assert engine.entry_reply("headquarters", "id").answer != reply.answer


@pytest.mark.parametrize("question", ["piagam", "anggota", "ktt", "charter"])
def test_a_vague_keyword_gets_suggestions_not_a_guess(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert reply.kind == "suggest", reply
    assert 2 <= len(reply.suggestions) <= 3
    assert reply.intent is None and reply.sources == ()
    assert len({s.entry for s in reply.suggestions}) == len(reply.suggestions)


@pytest.mark.parametrize(
    "question",
    ["", "   \n\t ", "😀🎉🇮🇩", "a" * 10_000, "kapan oki\x00\x07\x1b didirikan",
     "ما هي منظمة التعاون الإسلامي", "<b>kapan</b> <script>alert(1)</script> oki didirikan",
     "?" * 50, "\u200b\u200b", "OKI " * 3000],
)
def test_bad_input_gets_a_polite_reply(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert reply.answer
    assert reply.lang in ("id", "en")
    assert 0.0 <= reply.confidence <= 1.0


def test_html_looking_text_is_still_understood(engine: Engine) -> None:
    assert engine.ask("<b>kapan</b> oki <i>didirikan</i>?").intent == "founding_date"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_random_text_never_raises(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    assert reply.lang in ("id", "en")
    assert isinstance(reply.to_json()["answer"], str)


def _rebuilt(root: Path, previous: Engine) -> Engine:
    return Engine(load_content(root), previous=previous)


def test_an_answer_edit_keeps_the_index_and_shows_the_new_answer(
        write_content: Callable[..., Path]) -> None:
    before = Engine(load_content(write_content()))
    edited = MINI_KNOWLEDGE.replace("di Jeddah.", "di Jeddah (Arab Saudi).")
    after = _rebuilt(write_content(knowledge={"main.yaml": edited}), before)
    assert after.matcher is before.matcher  # nothing to re-index: start-up after the edit is fast
    assert after.ask("dimana markas oki").answer == "Markas OKI ada di Jeddah (Arab Saudi)."


def test_warming_after_an_edit_reads_only_the_answers_it_changed(
        write_content: Callable[..., Path]) -> None:
    """A reload warms the new engine before it serves (the running bot does): what the edit
    left alone was read by the engine before it, so a one-line fix is live in milliseconds."""
    files = second_intent("secretariat", "apa itu sekretariat", "what is the secretariat")
    before = Engine(load_content(write_content(**files)))
    before.warm()
    edited = MINI_KNOWLEDGE.replace("id: Markas OKI ada di Jeddah.",
                                    'id: "Markas OKI ada di Jeddah,\\ndi Arab Saudi."')
    after = _rebuilt(write_content(knowledge={"main.yaml": edited, **files["knowledge"]}),
                     before)
    # the edited entry's title and answer lines, in each language (2 + 3), and what a phone
    # shows of it: its lead (read once for its words and the countries it names; so short an
    # answer is its lead whole: 2); its title's words, the same text as before the edit, were
    # read by the engine before it
    assert texts_normalised(after, after.warm) == 7
    assert "Saudi" in after.ask("dimana markas oki").answer


def test_a_copy_of_the_content_in_another_folder_keeps_the_index(
        engine: Engine, tmp_path: Path) -> None:
    """A Git checkout or a copy is the same content: where its greetings were written does
    not change what they mean, so nothing is indexed again."""
    after = _rebuilt(copy_of_shipped_content(tmp_path / "copy"), engine)
    assert after.normalize is engine.normalize and after.matcher is engine.matcher


def test_a_new_example_is_indexed(write_content: Callable[..., Path]) -> None:
    before = Engine(load_content(write_content()))
    edited = MINI_INTENTS.replace("oic hq]", "oic hq, in which city does the oic sit]")
    after = _rebuilt(write_content(intents={"main.yaml": edited}), before)
    assert after.matcher is not before.matcher
    assert after.ask("in which city does the oic sit").intent == "headquarters"
    assert before.ask("in which city does the oic sit").intent is None


def test_a_lexicon_edit_renormalises_everything(write_content: Callable[..., Path]) -> None:
    lexicon = "lexicon:\n  abbreviations:\n    {short}: markas\n"
    before = Engine(load_content(write_content(intents={"lexicon.yaml": lexicon.format(
        short="mks")})))
    after = _rebuilt(write_content(intents={"lexicon.yaml": lexicon.format(short="mrks")}),
                     before)
    assert after.normalize is not before.normalize
    assert after.normalize("mrks oki").tokens == ("markas", "oki")
    assert after.ask("dimana mrks oki").intent == "headquarters"


def test_a_country_alias_edit_rebuilds_the_country_index(
        write_content: Callable[..., Path]) -> None:
    countries = """\
        countries:
          - code: ID
            status: member
            since: 1969
            aliases: [{alias}]
            sources:
              - title: OIC member states
                url: https://www.oic-oci.org/states/
        """

    def with_alias(alias: str) -> Path:
        return write_content(knowledge={"countries.yaml": countries.format(alias=alias)})

    before = Engine(load_content(with_alias("Indonesia")))
    assert before.countries.find(("nusantara",)) is None
    after = _rebuilt(with_alias("Nusantara"), before)
    assert after.countries.find(("nusantara",)) == ("ID", ("nusantara",))
    assert _rebuilt(with_alias("Nusantara"), after).countries is after.countries


# -- reading the whole message; knowing what we don't know ---------------------------------------

@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("halo bot, brp anggota oki?", "member_count"),
        ("pagi min, oki itu apa ya", "what_is_oic"),
        ("Selamat siang kak, saya mahasiswa semester 3 dari UIN, lagi bikin tugas PKn, boleh "
         "saya tahu kapan KTT OKI pertama diadakan? Terima kasih", "summit_1"),
        ("permisi kak mau tanya dong, markas oki dimana? makasih", "headquarters"),
        ("hey, hope you're well - which country hosted the 11th Islamic summit?", "summit_11"),
        # (who asked it first, and asking for "the answer", set aside)
        ("Assalamualaikum, saya santri kelas 2. Ustadz nanya kenapa OKI dibentuk, jawabannya "
         "apa ya?", "founding_trigger"),
        ("my teacher asked when the oic was founded, what is the answer?", "founding_date"),
        # (... or set the asker to find it out, or said curious)
        ("Assalamualaikum, ustadz minta saya cari tahu apa itu program OKI-2025. Bisa bantu? "
         "syukron", "oic_2025"),
        ("Salam, I'm curious - when did the OIC get its current name?", "name_change"),
        # (... or sorry for asking: "dumb", "q" were weighed, and it declined)
        ("sorry if dumb q but where is the OIC headquarters?", "headquarters"),
        ("maaf kalau pertanyaannya bodoh, OKI itu apa?", "what_is_oic"),
    ],
)
def test_a_greeting_or_thanks_never_swallows_the_question(engine: Engine, message: str,
                                                          intent: str) -> None:
    reply = engine.ask(message)
    assert (reply.kind, reply.intent) == ("answer", intent), reply.reason
    assert "set aside" in reply.reason


def test_a_greeting_around_a_membership_question_answers_the_membership(engine: Engine) -> None:
    reply = engine.ask("hey bot, good morning. is Turkey a member of the OIC?")
    assert (reply.kind, reply.country) == ("membership", "TR")


def test_a_greeting_alone_is_greeted_back(engine: Engine) -> None:
    assert engine.ask("halo kak").intent == "greeting"
    assert engine.ask("makasih banyak ya, ngebantu bgt").intent == "thanks"


def test_two_questions_get_both_answers(engine: Engine) -> None:
    reply = engine.ask("kapan oki berdiri dan di mana markasnya?")
    assert reply.intent == "founding_date"
    assert [also.intent for also in reply.also] == ["headquarters"]
    # (two asked with one question word at the end, and two each asking "kapan" of the OIC
    # and what it did: each got the first answer alone)
    for question, first, second in (
            ("Sekjen pertama dan sekjen sekarang siapa?", "sg_1", "secretary_general"),
            ("ktt pertama dan ktt terakhir diadakan di mana", "summit_1", "summit_15"),
            ("Kapan OKI ganti nama dan kapan piagam barunya disahkan?", "name_change",
             "charter_2008"),
            # ("sama" said for "dan" between two ranks: each got the first alone)
            ("Sekjen pertama sama sekjen sekarang siapa?", "sg_1", "secretary_general"),
            ("sekjen oki pertama sama yg sekarang", "sg_1", "secretary_general"),
            ("ktt oki yg paling awal sama yg paling baru", "summit_1", "summit_15")):
        reply = engine.ask(question)
        assert (reply.entry, [also.entry for also in reply.also]) == (first, [second]), \
            reply.reason
    # ... and two ranks of one thing, each with what it ranks (not "the first" read alone as
    # a question naming nothing)
    reply = engine.ask("the first and the latest summit were held where")
    assert (reply.entry, [also.entry for also in reply.also]) == ("summit_1", ["summit_15"])
    # (a second part naming nothing the first does not asks nothing more: it got India's
    # membership, read with the first as "kenapa oki dibentuk ada kejadian apa")
    reply = engine.ask("knp sih oki dibentuk, ada kejadian apa")
    assert reply.intent == "founding_trigger" and not reply.also, reply.reason
    # ("di mn" is "di mana" in chat: the second question was dropped, "mn" explained by nothing)
    reply = engine.ask("bahasa resmi oki apa aja trus markasnya di mn")
    assert reply.intent == "official_languages", reply.reason
    assert [also.intent for also in reply.also] == ["headquarters"]


def test_a_later_question_on_members_not_in_another_organisation_asks_of_the_oic(
        engine: Engine) -> None:
    """"..., Dan anggota mana yang bukan anggota PBB?" was said to be about the UN, the first
    question having named the OIC; the member count says which member is not in the UN."""
    for question in ("Negara terakhir yang gabung OKI apa? Dan anggota mana yang bukan "
                     "anggota PBB?",
                     # (nor after a first question answered by one of ours naming no OIC)
                     "Which was the newest member, and which member isn't in the UN?"):
        reply = engine.ask(question)
        assert [also.intent for also in reply.also] == ["member_count"], reply.reason
    # ... but not the other organisation's own members, nor what is not in it without a word
    # of members (it got the OIC's difference from the Arab League)
    for question in ("How many members does the OIC have? and how many members does the UN "
                     "have?", "When was the OIC founded? And why is Israel not in the Arab "
                     "League?"):
        reply = engine.ask(question)
        assert [also.intent for also in reply.also] == [None], reply.reason


@pytest.mark.parametrize(("question", "org"), [
    ("Where is the OIC headquarters and where is the Arab League headquarters?",
     "the Arab League"),
    ("Kapan OKI berdiri? Kapan GCC berdiri?", "Dewan Kerja Sama Teluk (GCC)"),
])
def test_a_later_question_about_another_organisation_is_said_to_be_outside(
        engine: Engine, question: str, org: str) -> None:
    """"..., and where is the Arab League headquarters?" was dropped without a word, as if
    the answer about the OIC covered it."""
    reply = engine.ask(question)
    assert reply.kind == "answer", reply.reason
    assert [(also.kind, also.intent) for also in reply.also] == [("other_org", None)]
    assert org in reply.also[0].answer.splitlines()[0], reply.also[0].answer


@pytest.mark.parametrize("question", ["When was Pakistan founded?", "kapan pakistan merdeka",
                                      # (its leader: "siapa pemimpin iran sekarang" got
                                      # Iran's role in the OIC, by "pemimpin")
                                      "siapa pemimpin iran sekarang",
                                      "who is the leader of iran",
                                      # (banking itself: it got the Islamic Development Bank)
                                      "apa itu bank syariah"])
def test_a_question_about_a_country_alone_gets_no_oic_body(engine: Engine, question: str
                                                         ) -> None:
    """"When was Pakistan founded?" got COMSTECH's founding (an example "when was comstech
    founded"; COMSTECH is based in Pakistan): the country's own history is not the OIC's."""
    reply = engine.ask(question)
    assert reply.decision is not None and reply.decision.action == "out_of_scope", reply.reason


def test_the_troikas_of_a_year_are_the_executive_committee_s(engine: Engine) -> None:
    """"Which countries were in the Islamic Summit troika in 2016?" got the summits held in
    2016; the Executive Committee's entry gives that year's troikas (Saudi press, 2016)."""
    reply = engine.ask("Which countries were in the Islamic Summit troika in 2016?")
    assert reply.intent == "executive_committee", reply.reason
    assert "in a 2016 report the summit troika was Egypt, Türkiye and The Gambia" in \
        split_lead(reply.answer)[0], reply.answer


def test_a_later_question_is_not_answered_alone(engine: Engine) -> None:
    # "... ada fatwanya?" leans on the first question, which has no answer here.
    reply = engine.ask("apa sikap oki terhadap vaksin covid? ada fatwanya?")
    assert reply.kind not in ("answer", "membership") and reply.also == ()


def test_every_reply_says_why(engine: Engine) -> None:
    for question in ("kapan oki didirikan", "halo", "resep nasi goreng", "ktt",
                     "berapa anggota asean", "apakah turki anggota oki", ""):
        reply = engine.ask(question)
        assert reply.reason, question
        assert reply.reason.split(":")[0] in {
            "answer", "clarify", "fallback", "out_of_scope", "smalltalk", "other_org", "empty"}


def test_a_word_no_example_or_answer_covers_weighs_against_answering(
        write_content: Callable[..., Path]) -> None:
    """The motto's examples share "oki punya ... gak" with "oki punya tentara gak"; only the
    word that says what is asked ("tentara") is not theirs."""
    root = write_content(**second_intent("motto", "oki punya semboyan gak",
                                         "does the oic have a motto"))
    engine = Engine(load_content(root))
    assert engine.ask("oki punya semboyan gak").intent == "motto"
    for question in ("oki punya tentara gak", "does the oic have an army"):
        reply = engine.ask(question)
        assert reply.intent is None, (question, reply.reason)
        assert "covered by no example or answer" in reply.reason


@pytest.mark.parametrize("question", ["what is the kaaba", "apa itu ka'bah", "what is the ICJ",
                                      "What is the history of Jeddah?",
                                      "Where is the International Court of Justice?"])
def test_a_thing_an_answer_only_mentions_is_not_defined_by_it(engine: Engine,
                                                               question: str) -> None:
    """The emblem's entry says the logo shows the Kaaba; it does not say what the Kaaba is
    (it answered "what is the kaaba" with the emblem); "Where is the International Court of
    Justice?" got the Rohingya case at it."""
    reply = engine.ask(question)
    assert reply.intent is None, reply.reason


def test_a_claim_about_the_oic_itself_is_not_a_bodys(engine: Engine) -> None:
    """"OIC founded in 1970, true?" got the first foreign ministers' meeting, by "how was the
    oki secretariat founded in 1970"; the founding entry corrects it."""
    reply = engine.ask("OIC founded in 1970, true?")
    assert reply.intent == "founding_date" and "1969" in reply.answer, reply.reason


@pytest.mark.parametrize("question", ["brapa negara yg gabung oki",
                                      "berapa negara yang bergabung dengan OKI"])
def test_how_many_states_joined_is_the_member_count(engine: Engine, question: str) -> None:
    """The first got the three ASEAN members ("berapa negara southeast_asia yang gabung oki"),
    the second the observers."""
    assert engine.ask(question).intent == "member_count"


@pytest.mark.parametrize(("question", "count"), [
    ("Benar/salah: OKI punya 5 negara pengamat termasuk Rusia", "5"),
    ("OKI didirikan oleh 25 negara termasuk Indonesia, betul?", "25"),
])
def test_a_true_count_of_states_is_not_doubted_by_an_answer_counting_none(
        engine: Engine, question: str, count: str) -> None:
    """Both opened "Sumber jawaban ini tidak menyebut ..." (Russia's entry counts no observers,
    "sidang ke-32" names a session; Indonesia's counts no founders), as if the count were
    wrong; the fact sheet gives five observers and 25 states of 1969 in its main list."""
    reply = engine.ask(question)
    assert f"tidak menyebut {count}" not in reply.answer, reply.reason


@pytest.mark.parametrize("question", ["benar ga 56 anggota OKI juga anggota PBB",
                                      "OIC has 56 members that are also UN members, true?",
                                      "negara OKI pegang 13 sampai 18 kursi di Dewan HAM PBB "
                                      "benar?"])
def test_a_count_said_with_what_the_claim_says_is_not_denied(engine: Engine,
                                                            question: str) -> None:
    """Each opened "Sumber jawaban ini menyebut jumlah lain, bukan 56" above an answer saying
    "56 juga menjadi anggota PBB" (the count claimed is of UN members, not of all members)."""
    reply = engine.ask(question)
    assert not reply.answer.startswith(("Sumber jawaban ini", "The sources of this answer")), \
        reply.answer
    # ... while the count of members itself is still set right
    assert engine.ask("the oic has 56 members right").answer.startswith(
        "The sources of this answer give another number than 56")


def test_a_clause_leaning_on_it_naming_only_something_vague_is_not_asked_alone(
        engine: Engine) -> None:
    """"... or was it something else?" was answered alone with the name change ("was the oki
    once called something else")."""
    reply = engine.ask("My teacher said the OIC was founded because of the Six-Day War. Is "
                       "that right, or was it something else? I need to know for my exam "
                       "tomorrow.")
    assert reply.intent != "name_change", reply.reason


@pytest.mark.parametrize("question", ["Ali Alatas meninggal kapan",
                                      "Raja Hassan II meninggal tahun berapa"])
def test_a_persons_death_is_not_what_they_did_for_the_oic(engine: Engine, question: str) -> None:
    """They got the 1996 session Alatas chaired and the founders ("meninggal" weighed as a
    verb, little)."""
    assert engine.ask(question).intent is None


@pytest.mark.parametrize("question", ["When were you last updated?", "how old is your info",
                                      "is your data current or old?",
                                      "sejak kapan informasi kamu"])
def test_how_current_the_bot_is_is_its_own(engine: Engine, question: str) -> None:
    """They got the 2008 Charter ("when was the oki charter last updated"), the founding
    date, the name change, COMIAC (the committee for information)."""
    reply = engine.ask(question)
    assert reply.intent == "how_current", reply.reason
    assert "2026" in reply.answer and "oic-oci.org" in reply.answer


@pytest.mark.parametrize("question", ["How old is the OIC secretary general?",
                                      "How old is Hissein Taha?", "umur sekjen oki berapa",
                                      # (his birth year and his start: said not to be in our
                                      # record before the entry gave the year)
                                      "Umur Hissein Brahim Taha berapa waktu mulai menjabat "
                                      "sekjen?"])
def test_a_persons_age_is_their_birth_year_not_a_count_from_a_source(engine: Engine,
                                                                     question: str) -> None:
    """The first got the 2008 Charter ("age of the oki charter"); once answered by the
    Secretary-General's entry, "How old is Hissein Taha?" was told "About 1 years", counted
    from the year of the newest source."""
    reply = engine.ask(question)
    assert reply.intent == "secretary_general", reply.reason
    assert "1951" in reply.answer and "as of today" not in reply.answer
    assert "hingga hari ini" not in reply.answer


@pytest.mark.parametrize(("question", "offered"), [
    ("Who are the Rohingya?", "rohingya"),
    ("What is Kashmir?", "kashmir"),
    ("Kashmir itu di mana", "kashmir"),
    ("apa itu uighur", "uighurs"),
    ("define islamophobia", "islamophobia"),
])
def test_the_oics_dealings_with_a_thing_do_not_say_what_it_is(engine: Engine, question: str,
                                                              offered: str) -> None:
    """Each got the entry on what the OIC did about it ("oki and the rohingya"), titled so;
    it is offered instead."""
    reply = engine.ask(question)
    assert reply.intent is None and offered in [link.entry for link in reply.suggestions], \
        reply.reason


@pytest.mark.parametrize(("question", "answered"), [
    ("what is the typoa", "typoa"),  # (its examples name the OIC; its title does not)
    ("what is the ummah concept", "ummah_concept"),  # (its title names the OIC after it)
    ("deklarasi jakarta itu apa", "jakarta_summit_2016"),  # ("apa itu deklarasi jakarta oki")
    ("kantor oki dmn", "headquarters"),  # (asked where: "kantor pusat oki dimana" tells it)
    ("Where is Al-Aqsa Mosque located?", "founding_trigger"),  # (burned "in Jerusalem")
    ("apa itu ktt luar biasa", "extraordinary_summits"),
    ("what is the al-quds committee", "al_quds_committee"),
    ("apa itu piagam oki", "charter_2008"),
    ("what is the oic charter", "charter_2008"),  # (the first Charter's, "the founding charter")
])
def test_a_thing_an_entry_is_about_is_still_defined_by_it(engine: Engine, question: str,
                                                          answered: str) -> None:
    assert engine.ask(question).intent == answered


@pytest.mark.parametrize("question", ["When was Jeddah founded?", "sejarah kota jeddah",
                                      "When was the city of Rabat established?",
                                      "Jeddah itu kota di negara mana", "Islamabad itu kota apa",
                                      "dulu nama kota Astana apa", "Baku ibu kota Azerbaijan ya",
                                      # (by an example naming no OIC: the Permanent
                                      # Representatives Committee, in Jeddah)
                                      "Jeddah itu di negara mana"])
def test_a_city_asked_of_itself_is_not_the_oic(engine: Engine, question: str) -> None:
    """"When was Rabat founded?" got the Rabat summit, "When was Jeddah founded?" the IsDB
    ("isdb jeddah"), "... the city of Rabat established?" the OIC's founding, "Islamabad itu
    kota apa" COMSTECH, "dulu nama kota Astana apa" the OIC's old name, "Baku ibu kota
    Azerbaijan ya" the Baku summit."""
    reply = engine.ask(question)
    assert reply.intent is None and reply.sources == (), reply.reason


@pytest.mark.parametrize(("question", "answered"), [
    ("what happened in rabat in 1969", "rabat_summit"),
    ("kapan oki didirikan di rabat", "founding_date"),
    ("sejarah ktt rabat", "summit_1"),
    ("ktt oki di ibu kota azerbaijan baku kapan", "summit_16"),
])
def test_what_the_oic_did_in_a_city_is_still_answered(engine: Engine, question: str,
                                                      answered: str) -> None:
    assert engine.ask(question).intent == answered


@pytest.mark.parametrize("question", ["When was Al-Aqsa Mosque built?", "Who built Al-Aqsa Mosque?",
                                      "Why is Al-Aqsa important to Muslims?"])
def test_the_mosque_itself_is_off_topic(engine: Engine, question: str) -> None:
    """Its burning led to the OIC; its age, builders and holiness are not the OIC's (each got
    the 1969 arson)."""
    reply = engine.ask(question)
    assert reply.decision is not None and reply.decision.action == "out_of_scope", reply.reason


@pytest.mark.parametrize("question", ["What is the International Court of Justice?",
                                      "Mahkamah Internasional berkedudukan di mana",
                                      "How many judges does the ICJ have?"])
def test_the_uns_court_is_not_the_oics_planned_one(engine: Engine, question: str) -> None:
    """Each got the OIC's planned Islamic court (IICJ; seven judges, Kuwait): part of its
    name is the ICJ's."""
    reply = engine.ask(question)
    assert reply.intent != "iicj" and "Kuwait" not in reply.answer, reply.reason


@pytest.mark.parametrize(("question", "answered"), [
    ("Gambia menggugat Myanmar ke ICC?", "rohingya_icj_not_icc"),
    ("is there an islamic court of justice", "iicj"),
    ("mahkamah internasional islam sudah aktif?", "iicj"),
])
def test_the_courts_each_keep_their_own_questions(engine: Engine, question: str,
                                                  answered: str) -> None:
    assert engine.ask(question).intent == answered


@pytest.mark.parametrize("question", ["OKI dan perang Iran Irak",
                                      "OKI mengecam Iran soal Yaman ya"])
def test_a_standing_is_no_answer_to_more_than_membership(engine: Engine, question: str) -> None:
    """Each got the two countries' joining years, "perang" and "mengecam" unexplained."""
    assert engine.ask(question).kind != "membership"


@pytest.mark.parametrize(("question", "answered"), [
    ("OKI mendukung Israel kan?", "palestine"),
    ("OIC supports Israel right?", "palestine"),
    ("Is the OIC for or against Israel?", "palestine"),  # (why it failed Palestine)
    ("OKI anti Israel?", "palestine"),  # (not sure)
])
def test_whether_the_oic_sides_with_israel_is_palestines_entry(engine: Engine, question: str,
                                                               answered: str) -> None:
    """Both got the entry on suspending Israel at the UN, which then opened "Ya,"."""
    reply = engine.ask(question)
    assert reply.intent == answered and not reply.answer.startswith(("Ya", "Yes")), reply.reason


@pytest.mark.parametrize("question", ["apakah OKI mendukung pembekuan keanggotaan Israel di PBB",
                                      "does the oic support suspending israel from the un"])
def test_israels_un_suspension_is_not_the_oics_own_un_seat(engine: Engine, question: str) -> None:
    """It got "Tidak. OKI bukan anggota PBB" (the OIC's own membership), a no to what the
    joint summits called for; the other wording was not sure."""
    reply = engine.ask(question)
    assert reply.intent == "israel_un_suspension", reply.reason
    assert reply.answer.startswith(("KTT gabungan Arab-Islam", "The joint Arab-Islamic summits"))


@pytest.mark.parametrize("question", ["sebutkan tujuan OKI menurut piagam 1972",
                                      "what were the OIC's objectives in the 1972 Charter",
                                      "tujuan OKI sesuai piagam lama"])
def test_the_first_charters_objectives_are_not_todays(engine: Engine, question: str) -> None:
    """The 1972 Charter's aims were answered with today's Article 1 (good governance, money
    laundering: 2008 items), never saying which Charter it was."""
    reply = engine.ask(question)
    assert reply.intent == "charter_1972_objectives", reply.reason
    assert "1972" in reply.answer.split("\n")[0]


def test_todays_objectives_say_which_charter(engine: Engine) -> None:
    reply = engine.ask("objectives of the oic charter")
    assert reply.intent == "charter_objectives"
    assert "in force today (adopted in 2008)" in reply.answer.split("\n")[0]


def test_a_plain_word_under_a_prefix_explains_nothing(
        write_content: Callable[..., Path]) -> None:
    """The member count says "satu" (one); "menyatukan" (to unite) shares that stem but asks
    something the count does not answer, while "satunya" is still the plain word."""
    files = second_intent("member_count", "berapa jumlah anggota oki",
                          "how many members does the oic have")
    files["knowledge"]["more.yaml"] = files["knowledge"]["more.yaml"].replace(
        "answer: {id: Jawaban., en: Answer.}",
        "answer: {id: Anggotanya 57 negara; satu di antaranya Palestina., "
        "en: It has 57 members.}")
    files["intents"]["lexicon.yaml"] = ("lexicon:\n  function_words:\n"
                                        "    id: [satu]\n    en: [one]\n")
    engine = Engine(load_content(write_content(**files)))
    assert engine.ask("berapa jumlah anggota oki").intent == "member_count"
    reply = engine.ask("apa yang menyatukan anggota oki")
    assert reply.intent is None, reply.reason
    assert "'menyatukan' covered by no example or answer" in reply.reason
    assert engine.ask("berapa jumlah anggota oki satunya").intent == "member_count"


@pytest.mark.parametrize(("question", "intent"), [
    ("Deskripsikan struktur organisasi OKI beserta tugas dari masing-masing organnya!",
     "main_organs"),
    ("Uraikan tujuan didirikannya OKI sebagaimana tercantum dalam Piagam OKI",
     "charter_objectives"),
    ("Assess the relationship between the OIC and the United Nations. Give examples.",
     "un_relations"),
    ("Apakah OKI mampu membantu Gaza?", "gaza_response"),
    ("Outline the objectives of the OIC as laid down in its Charter", "charter_objectives"),
    ("Analisislah efektivitas OKI dalam menyelesaikan konflik yang terjadi di dunia Islam",
     "oic_effectiveness"),
])
def test_an_exam_directive_is_not_what_is_asked(engine: Engine, question: str,
                                               intent: str) -> None:
    """"Deskripsikan", "uraikan", "assess", "give examples", "mampu" say how to answer, not
    what about: the entry the rest asks for is answered."""
    reply = engine.ask(question)
    assert reply.intent == intent, reply.reason


@pytest.mark.parametrize(("question", "said"), [
    ("Is the UN an observer at the OIC?", "the UN is listed among the OIC's observers"),
    ("apakah PBB pengamat di OKI", "PBB tercatat sebagai salah satu pengamat di OKI"),
    ("is the OIC an observer at the UN", "The OIC has been an observer at the UN"),
])
def test_either_way_of_the_observer_relation_is_answered_first(engine: Engine, question: str,
                                                               said: str) -> None:
    """"Is the UN an observer at the OIC?" got "The OIC is an observer at the UN" on the
    phone, and the answer to what was asked folded behind "More"."""
    reply = engine.ask(question)
    assert reply.intent == "un_relations" and said in split_lead(reply.answer)[0], reply.answer


@pytest.mark.parametrize("question", [
    "OKI berdiri tahun 1945 bersamaan dengan PBB",
    "OKI berdiri bersamaan dengan PBB?",
    "Was the OIC founded in 1945 like the UN?",
])
def test_the_oic_said_founded_with_the_un_is_told_each_year(engine: Engine,
                                                             question: str) -> None:
    """"OKI berdiri tahun 1945 bersamaan dengan PBB" was offered how the two differ, which
    left the claimed year standing: the UN's 1945 and the OIC's 1969 are on the phone."""
    reply = engine.ask(question)
    shown = reply.parts()[0]
    assert reply.intent == "vs_un" and "1945" in shown and "1969" in shown, reply.answer


@pytest.mark.parametrize(("question", "start"), [
    ("Why was the OIC founded in Cairo?", "The sources of this answer do not mention Cairo."),
    ("kenapa oki didirikan di jakarta?", "Sumber jawaban ini tidak menyebut Jakarta."),
    ("kenapa oki didirikan di kairo mesir?", "Sumber jawaban ini tidak menyebut Kairo."),
    ("why was the OIC founded in Rabat?", "The OIC's founding was triggered by"),
    ("Why was the OIC created in 1969?", "The OIC's founding was triggered by"),
    # "in the first place" is a manner of speaking, not the first of anything (it got the
    # first foreign ministers' conference); "karena apa" asks why (it got the founding date)
    ("Why was the OIC set up in the first place?", "The OIC's founding was triggered by"),
    ("afwan mau tanya, oki didirikan krn apa? katanya gara2 masjid al aqsa dibakar ya",
     "Pemicu berdirinya OKI"),
    ("The OIC was established in response to: (a) the Six-Day War (b) the arson attack on "
     "Al-Aqsa Mosque (c) the Iranian revolution", "The OIC's founding was triggered by"),
])
def test_a_why_question_gets_the_reason_and_its_false_premise_is_said(
        engine: Engine, question: str, start: str) -> None:
    """"Why was the OIC founded in Cairo?" got the Cairo Declaration, "kenapa oki didirikan
    di jakarta?" a 2025 conference in Jakarta: neither said it was founded at Rabat."""
    reply = engine.ask(question)
    assert reply.intent == "founding_trigger" and reply.answer.startswith(start), reply.reason
    assert "Al-Aqsa" in reply.answer and "Rabat" in reply.answer


def test_a_why_question_takes_a_count_our_sources_state_as_given(engine: Engine) -> None:
    """"Why can't the OIC stop the war in Gaza if it has 57 members?" opened "Our sources here
    do not mention 57": true, of that entry, but it cast doubt on a fact the member count
    states. A count no entry states is still doubted."""
    reply = engine.ask("Why can't the OIC stop the war in Gaza if it has 57 members?")
    assert reply.intent == "why_not_palestine" and "57" not in reply.answer, reply.reason
    assert engine.ask("Why does the OIC have 60 members?").answer.startswith(
        "The sources of this answer do not mention 60.")


def test_what_happened_at_a_summit_is_shown_from_its_record(engine: Engine) -> None:
    """"pas serah terima ketua KTT di Istanbul 2016, menlu Mesir ngapain?" got the 13th summit
    without a word of Egypt's foreign minister leaving the podium, which its record now says."""
    reply = engine.ask("pas serah terima ketua KTT di Istanbul 2016, menlu Mesir ngapain?")
    assert reply.entry == "summit_13", reply.reason
    assert "tanpa berjabat tangan" in split_lead(reply.answer)[0], reply.answer
    assert any("thenews.com.pk" in s.url for s in reply.sources)


def test_a_committee_s_number_is_its_name_not_a_count(engine: Engine) -> None:
    """"There are 5 observer states and the Philippines is one of them, right?" opened "Our
    sources here do not mention 5" (the observers' answer states 5) because the Philippines'
    answer names the Committee of Six; a committee named with another number is told so."""
    reply = engine.ask("There are 5 observer states and the Philippines is one of them, right?")
    assert "do not mention 5" not in reply.answer, reply.answer
    reply = engine.ask("Indonesia chaired the Committee of Seven on the Moro, right?")
    assert reply.intent == "indonesia_moro" and reply.answer.startswith(
        "The sources of this answer do not mention Committee of Seven."), reply.answer
    reply = engine.ask("Indonesia chaired the Committee of Six on the Moro, right?")
    assert reply.intent == "indonesia_moro" and reply.answer.startswith(
        "Indonesia chaired the OIC Ministerial Committee of Six"), reply.answer


@pytest.mark.parametrize("question", ["Does the OIC support a two-state solution?",
                                      "oki dukung solusi dua negara gak"])
def test_a_two_state_solution_is_no_count_of_two(engine: Engine, question: str) -> None:
    """"Does the OIC support a two-state solution?" opened "Our sources here do not mention
    two": the term was read as a count to check."""
    reply = engine.ask(question)
    assert reply.intent == "palestine" and "1967" in reply.parts()[0], reply.reason
    assert not reply.answer.startswith(("The sources of this answer", "Sumber jawaban ini")), \
        reply.answer


@pytest.mark.parametrize(("message", "claim"), [
    ("OKI didirikan tahun 1945 kan? terus markasnya di mana",
     "Sumber jawaban ini tidak menyebut 1945."),
    ("The OIC was founded in 1945, right? Where is its headquarters?",
     "The sources of this answer do not mention 1945."),
])
def test_a_claim_among_several_questions_is_checked(engine: Engine, message: str,
                                                    claim: str) -> None:
    """A claim is one whichever sentence it is: the first of two got the example on the 1945
    Constitution, as if 1945 were asked."""
    reply = engine.ask(message)
    assert reply.intent == "founding_date" and reply.answer.startswith(claim), reply.reason
    assert [r.intent for r in reply.also] == ["headquarters"], reply.reason


@pytest.mark.parametrize(("question", "opening"), [
    ("the OIC was founded in 1970, right?",
     "The sources of this answer give another year than 1970 for that."),
    ("OKI didirikan tahun 1970 kan?",
     "Sumber jawaban ini menyebut tahun lain, bukan 1970, untuk hal itu."),
    ("the secretariat was set up in 1969?",
     "The sources of this answer give another year than 1969 for that."),
])
def test_a_year_the_answer_gives_of_something_else_is_not_taken_as_said(
        engine: Engine, question: str, opening: str) -> None:
    """"The OIC was founded in 1970, right?" was answered with no word against it, by an
    answer founding the OIC in 1969 and setting up its Secretariat in 1970."""
    assert engine.ask(question).answer.startswith(opening)


@pytest.mark.parametrize(("question", "opening"), [
    ("OKI punya 56 anggota kan?",
     "Sumber jawaban ini menyebut jumlah lain, bukan 56, untuk hal itu."),
    ("the OIC has 56 member states, right?",
     "The sources of this answer give another number than 56 for that."),
])
def test_a_count_the_answer_gives_of_something_else_is_not_taken_as_said(
        engine: Engine, question: str, opening: str) -> None:
    """"OKI punya 56 anggota kan?" was answered with no word against it, by an answer of 57
    members, 56 of them in the UN."""
    reply = engine.ask(question)
    assert reply.intent == "member_count" and reply.answer.startswith(opening), reply.reason


@pytest.mark.parametrize("question", ["OKI punya 57 anggota kan?",
                                      "the OIC has 57 member states, right?",
                                      "Was the SG term always five years?",
                                      "35 countries attended the rabat summit, right?",
                                      "OKI dukung solusi dua negara?",
                                      "cek fakta: OKI punya 57 anggota di 4 benua, bener gak?",
                                      "ada 8 negara anggota OKI yg mayoritas kristen?"])
def test_a_count_the_answer_gives_of_what_was_claimed_is_not_doubted(engine: Engine,
                                                                     question: str) -> None:
    """(nor a count it gives of the same thing in other words, "five-year term", or in a list
    of what sources say, "22, 24, 25, 30 or 35", or in its other language, "57 negara" and
    "57 member states"; nor one it does not say, that the question's words are about,
    "solusi dua negara"; nor one said before a verb, of what it leaves unsaid, "8
    bermayoritas Kristen")"""
    reply = engine.ask(question)
    assert reply.kind == "answer" and not reply.answer.startswith(
        ("The sources of this answer", "Sumber jawaban ini")), reply.answer


@pytest.mark.parametrize("question", ["OKI didirikan tahun 1969 kan?",
                                      "the OIC was founded in Jeddah in 1969, right?",
                                      "was the oic founded in 1971?"])
def test_a_year_the_answer_gives_of_what_was_claimed_is_not_doubted(engine: Engine,
                                                                    question: str) -> None:
    """(not a year said of it, though not of every founding sentence: Jeddah, where some
    sources put its founding in 1971, is no part of what was founded)"""
    reply = engine.ask(question)
    assert reply.intent == "founding_date", reply.reason
    assert not reply.answer.startswith(("The sources of this answer", "Sumber jawaban ini")), \
        reply.answer


@pytest.mark.parametrize(("statement", "answered", "opening"), [
    ("OKI punya 50 anggota", "member_count", "Sumber jawaban ini tidak menyebut 50."),
    # (or said to be there: "anggota oki ada 50 negara" got the 50th anniversary too)
    ("anggota oki ada 50 negara", "member_count", "Sumber jawaban ini tidak menyebut 50."),
    # (or given as the number of them: "jumlah pengamat oki 3 negara" got the observer rules)
    ("jumlah pengamat oki 3 negara", "observers", "Sumber jawaban ini tidak menyebut 3."),
    ("The OIC has 22 members", "member_count", "The sources of this answer do not mention 22."),
    ("Al-Quds Committee created in 1981", "al_quds_committee",
     "The sources of this answer do not mention 1981."),
])
def test_a_number_stated_without_a_question_mark_is_checked(engine: Engine, statement: str,
                                                           answered: str, opening: str) -> None:
    """"OKI punya 50 anggota" got the 50th anniversary, "The OIC has 22 members" was not
    understood: a statement is a claim, as much as one ending "?"."""
    reply = engine.ask(statement)
    assert reply.intent == answered and reply.answer.startswith(opening), reply.reason


def test_a_number_said_to_be_there_of_nothing_of_the_oic_is_no_claim(engine: Engine) -> None:
    """"saya ada 2 pertanyaan" got the count of members, told "tidak menyebut 2"."""
    assert engine.ask("saya ada 2 pertanyaan").kind != "answer"


@pytest.mark.parametrize(("question", "intent"), [("ktm oki ke 38 di astana ngapain", "cfm_38"),
                                                ("CFM ke-47 di Niamey ngapain aja", "cfm_47"),
                                                ("ktt oki ke-2 di lahore ngapain aja", "summit_2"),
                                                ("ktt lb oki ke 3 makkah 2005 ngapain",
                                                 "extraordinary_summit_3")])
def test_what_a_meeting_did_is_its_row(engine: Engine, question: str, intent: str) -> None:
    """"CFM ke-47 di Niamey ngapain aja" was told our sources do not say that happened there:
    "melakukan" (what "ngapain" asks) was weighed as an event put at the meeting."""
    assert engine.ask(question).intent == intent


def test_a_year_is_not_doubted_by_an_answer_telling_nothing_that_happened_then(engine: Engine
                                                                              ) -> None:
    """"oic founded in 1969 and hq in jeddah" was told by the headquarters' answer that its
    sources do not mention 1969: true of them, and a doubt cast on a true year."""
    reply = engine.ask("oic founded in 1969 and hq in jeddah")
    assert "1969" not in reply.answer.split("\n")[0], reply.answer


@pytest.mark.parametrize(("message", "shown"), [
    ("list every country that joined the OIC in 1974", "listed as joining in 1974"),
    ("penembakan masjid christchurch 15 maret 2019", "15 Maret"),
])
def test_a_number_in_a_request_or_a_topic_is_not_a_claim(engine: Engine, message: str,
                                                         shown: str) -> None:
    """(a request asks for it; the shooting, "penembakan", is a topic, not something said
    done: it was told our sources do not mention the day it names)"""
    reply = engine.ask(message)
    assert shown in reply.answer.split("\n")[0], reply.answer
    assert not reply.answer.startswith(("The sources of this answer", "Sumber jawaban ini"))


@pytest.mark.parametrize("question", ["oic member count as of {year}",
                                      "OIC members brp in {year}",
                                      "jumlah anggota oki per tahun {year} berapa"])
def test_a_count_asked_of_this_year_is_the_latest_count(engine: Engine, question: str) -> None:
    """"oic member count as of 2026" got the Islamic Development Bank's members, "OIC members
    brp in 2025" the OIC-2025 programme: the count as of our newest source, which says as of
    when, is what is so this year."""
    reply = engine.ask(question.format(year=date.today().year))
    assert reply.intent == "member_count", reply.reason
    assert "57" in reply.parts()[0]


@pytest.mark.parametrize(("question", "intent"), [
    # (a year after the OIC's name is the programme's)
    ("oki 2025 punya berapa tujuan dan bidang prioritas", "oic_2025"),
    # (nor is what happened then what is so now: the OIC's role, as of 2025, was weighed as
    # if it told what the OIC did in 2025)
    ("oki ngapain aja tahun 2025", "cfm_sessions"),
])
def test_a_year_of_now_still_picks_what_it_names(engine: Engine, question: str,
                                                 intent: str) -> None:
    assert engine.ask(question).intent == intent


def test_an_answer_giving_its_data_s_own_year_is_not_taken_as_of_this_year(engine: Engine
                                                                          ) -> None:
    """"In SESRIC's end-2013 data, the most populous OIC member was Indonesia" tells of 2013,
    though its newest source is later: asked of this year, it is offered, not answered."""
    reply = engine.ask(f"which oic member has the most people {date.today().year}")
    assert reply.kind != "answer", reply.reason
    assert "indonesia_largest_member" in {link.entry for link in reply.suggestions}


def test_a_false_premise_is_not_confirmed(engine: Engine) -> None:
    """"apakah indonesia tuan rumah ktt oki ke-16?" was answered "Ya. Indonesia mengusulkan
    diri ..."; the 16th summit is in Baku. "kenapa indonesia keluar dari oki" got the
    suspensions of other members, then Indonesia's history, which never said it has not
    left."""
    reply = engine.ask("apakah indonesia tuan rumah ktt oki ke-16?")
    assert not reply.answer.startswith("Ya"), reply.answer
    assert "Baku" in reply.answer.split("\n")[0]
    for question, said, noted in [
            ("kenapa indonesia keluar dari oki", "Sumber kami tidak mencatat Indonesia keluar "
             "dari OKI.", "tidak menandatangani Piagam 1972"),
            ("When did Indonesia leave the OIC?", "Our sources do not record Indonesia leaving "
             "the OIC.", "did not sign the 1972 Charter")]:
        reply = engine.ask(question)
        assert reply.answer.startswith(said) and noted in reply.answer, reply.answer
    # why a country is an observer, which it is not (it got the observer applications of 2006)
    for question, said in [("Mengapa India menjadi negara pengamat OKI?", "India bukan anggota "
                            "OKI dan tidak tercatat sebagai negara pengamat."),
                           ("why did india become an oic observer", "India is not a member of "
                            "the OIC, nor is it listed as an observer.")]:
        assert engine.ask(question).answer.startswith(said), engine.ask(question).reason
    # the UN day the OIC proposed is the OIC's, a country named beside it (it was not sure:
    # "Indonesia named without the OIC")
    reply = engine.ask("Was the International Day to Combat Islamophobia proposed by Indonesia?")
    assert "introduced by Pakistan on behalf of the OIC" in split_lead(reply.answer)[0], \
        reply.reason
    # a body named is not another body an example names (it got COMCEC, which Türkiye
    # chairs, as if that confirmed the claim)
    reply = engine.ask("COMSTECH is chaired by the President of Türkiye, isn't it?")
    assert "Chaired by the President of Pakistan" in split_lead(reply.answer)[0], reply.reason
    # a meeting has no seat: moving the headquarters to Riyadh in 2023 is no summit held there
    # (it got the 2023 Riyadh summit, "markas" read as where it was held)
    reply = engine.ask("Kenapa OKI memindahkan markasnya ke Riyadh tahun 2023?")
    assert "berada di Jeddah" in split_lead(reply.answer)[0], reply.answer
    # "kenapa oki bubar?" got the debate on its effectiveness ("Pendapat terbagi ..."), as if
    # it had been dissolved: it only changed its name in 2011
    reply = engine.ask("kenapa oki dibubarkan tahun 2011")
    assert reply.answer.startswith("Tidak, OKI tidak bubar."), reply.reason


def test_a_country_name_is_not_read_as_a_typo(engine: Engine) -> None:
    """"Sudan" was read as "sudah" (already), and the war there got the Gaza answer."""
    reply = engine.ask("What is OIC doing about the Sudan war?")
    assert reply.intent != "gaza_response", reply.reason


@pytest.mark.parametrize(("question", "lead"), [
    # why asked of an entry never asked why, whose answer gives no reason: said (the three
    # languages were told as if that were why)
    ("why does the oic have three official languages",
     "The sources of this answer do not say why. What they say:\nThe OIC has three"),
    # ... nor a row's ("kenapa COMSTECH ada di islamabad" was told where it is)
    ("kenapa COMSTECH ada di islamabad", "Sumber jawaban ini tidak menyebut alasannya."),
    ("why is the IPHRC headquartered in jeddah", "The sources of this answer do not say why."),
    # ... not where it gives one, or a purpose, or the question asks more than why
    ("why was an oic executive committee meeting held in august 2024",
     "The OIC Executive Committee holds"),
    ("why was the oic founded", "The OIC's founding was triggered"),
    ("why did iyad madani resign", "He took office"),  # ("for health reasons")
    ("Why was the 7th extraordinary summit held in May 2018?", "The 7th Extraordinary"),
    ("kok ada yg bilang oki berdiri 1971 di jeddah, ada yg bilang 1969 di rabat, yg bener yg "
     "mana", "OKI didirikan"),
])
def test_a_reason_no_source_gives_is_said_to_be_missing(engine: Engine, question: str,
                                                        lead: str) -> None:
    reply = engine.ask(question)
    assert reply.answer.startswith(lead), reply.answer


def test_both_of_the_oic_s_names_asked_is_its_name_change(engine: Engine) -> None:
    """"is it organisation of islamic conference or cooperation" got the fields the OIC
    cooperates in: the old name and the new, asked which."""
    reply = engine.ask("is it organisation of islamic conference or cooperation")
    assert reply.intent == "name_change", reply.reason


def test_an_example_naming_a_country_answers_no_question_naming_only_places(
        engine: Engine) -> None:
    """"why was the oic founded in rabat and not in mecca" got why India is not a member, by
    its example "why india is not in the oki": neither city is in India."""
    reply = engine.ask("why was the oic founded in rabat and not in mecca")
    assert reply.entry != "india_not_member", reply.reason


@pytest.mark.parametrize("question", ["How many OIC conferences are held?",
                                      "berapa anggota penuh oki",
                                      "how many full members does the oic have"])
def test_an_entry_about_a_country_answers_no_count_naming_none(engine: Engine,
                                                               question: str) -> None:
    """Their words were nearest an example naming Indonesia ("indonesia oki full member",
    "how many oic conferences has indonesia hosted"), and they got Indonesia's membership
    or the meetings it hosted."""
    reply = engine.ask(question)
    assert reply.entry not in {"indonesia_membership", "indonesia_hosted"}, reply.reason


@pytest.mark.parametrize(("question", "entry"), [
    ("Apa isu utama yang diperjuangkan OKI?", "palestine"),
    ("Apa putusan ICJ tanggal 22 Juli 2022?", "rohingya_case_status"),
    ("OKI bilang apa waktu Taliban melarang perempuan kuliah?", "afghanistan_since_2021"),
])
def test_asked_what_a_country_s_entry_may_be_the_answer(engine: Engine, question: str,
                                                        entry: str) -> None:
    """Asked what, not how many, an entry whose example names a country answers a question
    naming none: the main issue is Palestine's, the ruling is in the case against Myanmar
    (each was refused or got another entry, when any such example weighed half)."""
    assert engine.ask(question).entry == entry


@pytest.mark.parametrize("question", ["During the Cold War, what did the OIC do?",
                                      "apa peran oki saat perang dingin"])
def test_the_cold_war_is_not_a_war_the_oic_failed_to_stop(engine: Engine, question: str) -> None:
    """"Cold" was read as a slip of "could", and the question got why Palestine is unsolved
    ("why could the OIC not stop the war"); our sources say nothing of that era."""
    reply = engine.ask(question)
    assert reply.intent is None, reply.reason


def test_silence_on_a_conflict_gets_that_conflict(engine: Engine) -> None:
    """The Uighurs answer mentions Kashmir in passing; asked why the OIC is silent on Kashmir,
    the Kashmir answer is given, not the Uighurs one."""
    for question in ("why is the oic silent on kashmir", "kenapa oki diam soal kashmir",
                     "why does the oic keep quiet about kashmir"):
        assert engine.ask(question).intent == "kashmir", question
    assert engine.ask("why is the oic silent on the rohingya").intent == "rohingya"


def test_an_unsure_reply_offers_entries_about_the_words_it_understood(engine: Engine) -> None:
    reply = engine.ask("berapa gaji sekjen oki")  # "gaji" (salary) is nowhere in the base
    assert reply.intent is None
    offered = {link.entry for link in (*reply.suggestions, *reply.related)}
    assert offered & {"secretary_general", "sg_election", "sg_list", "general_secretariat"}


def test_an_unsure_reply_offers_the_rows_a_table_found(engine: Engine) -> None:
    """Not sure what an opinion asks of the Istanbul summits, but they are what it names: their
    rows are offered (a list of rows has no button of its own), with room for one more."""
    reply = engine.ask("Pertanyaannya adalah apakah KTT Luar Biasa OKI di Istanbul nanti akan "
                       "mampu menghasilkan sesuatu yang bisa menjadi kekuatan untuk menekan AS")
    assert reply.kind in ("fallback", "suggest")  # not sure, either way
    offered = [link.entry for link in (*reply.suggestions, *reply.related)]
    assert offered[:2] == ["extraordinary_summit_6", "extraordinary_summit_7"], offered


def test_an_empty_message_gets_a_prompt_to_ask(engine: Engine) -> None:
    for text in ("", "   ", "?!", "permisi kak", "wkwk", "oke", "oke sip wkwk"):
        reply = engine.ask(text)
        assert reply.kind == "empty" and reply.sources == ()
        assert "tulis pertanyaan" in reply.answer.lower() or "type a question" in reply.answer
        assert reply.related, "an empty message still gets something to tap"
    # (but plain words that ask, beside laughter, are the question: "please type a question")
    assert engine.ask("oki tu apaan sih wkwk").intent == "what_is_oic"


@pytest.mark.parametrize(("question", "kind"), [
    ("kabar terbaru OKI apa", "answer"),  # news, not "apa kabar" (it was greeted back)
    ("kabar oki skrg apa", "answer"),  # (... as "apa berita", an example of greetings)
    ("apa khabar", "smalltalk"),  # (the Malay spelling of the greeting)
    ("apa kabar", "smalltalk"),
])
def test_kabar_is_news_unless_it_greets(engine: Engine, question: str, kind: str) -> None:
    reply = engine.ask(question)
    assert reply.kind == kind and (kind != "answer" or reply.intent == "latest_meetings"), (
        reply.intent, reply.reason)


@pytest.mark.parametrize(("question", "intent"), [
    ("thanks oic", "thanks"), ("hello oic", "greeting"), ("bye oic", "goodbye"),
    ("oic", "what_is_oic"),  # (the name alone is still what it is)
])
def test_a_courtesy_addressing_the_bot_by_the_oics_name_is_answered_in_kind(
        engine: Engine, question: str, intent: str) -> None:
    """"thanks oic" was told what the OIC is."""
    assert engine.ask(question).intent == intent


@pytest.mark.parametrize(("question", "intent"), [
    # (its motto, by "oki motto translation", was given for its name)
    ('translate "organisation of islamic cooperation" into indonesian', "oic_names"),
    ("translate organisasi kerja sama islam into english", "oic_names"),
    ('translate "cooperation" into Arabic', None),  # (a word, not the OIC's name)
])
def test_the_oics_name_translated_is_its_names(engine: Engine, question: str,
                                              intent: str | None) -> None:
    assert engine.ask(question).intent == intent


@pytest.mark.parametrize(("question", "intent"), [
    ("honestly is the oic any use", "oic_effectiveness"),  # (the motto: "does the oki use")
    ("how many countries founded the oic originally", "founding_members"),  # (the old name)
    # (why it has not solved Palestine, by "oki gagal bela palestina")
    ("menurut kamu OKI berhasil atau gagal", "oic_effectiveness"),
    ("sikap OKI terhadap perlakuan china pada muslim uighur gimana", "uighurs"),
    ("what was the oic called originally", "name_change"),
    # (the chairmanship it never held in 2025, by "wakil" unexplained)
    ("apa indonesia pernah jadi wakil ketua KTT OKI", "indonesia_membership"),
    # (today's Secretary-General, by "siapa sekjen oki")
    ("sekjen-sekjen OKI siapa saja", "sg_list"),
    ("para sekjen OKI dari mana saja", "sg_list"),
    # (the city alone: the development bank there, "isdb jeddah")
    ("jeddah", "headquarters"),
    # ("US" in capitals: "us", a pronoun, got the newest member)
    ("Is the US in the OIC?", "membership"),
    # (the essay prompt: Indonesia's role, by "jelaskan peran indonesia di oki", tied)
    ("jelaskan peran OKI!", "oic_role"),
    # ("main" weighed most: the main criticisms)
    ("what's the main role of the OIC", "oic_role"),
    # (how important a member is in it: what the OIC is, by "so what is the oki")
    ("why is morocco so important in the oic", "role"),
    # (the history of the OIC, not of Indonesia's membership: "sejarah keanggotaan"; its
    # milestones since an entry tells them)
    ("jelaskan sejarah OKI secara singkat", "oic_history"),
    # (a letter doubled in the OIC's name: "okii", left unexplained)
    ("siapaa sekjen okii", "secretary_general"),
    # (how many at least, said last: "minimal 4" left "4" unexplained)
    ("tuliskan tujuan pembentukan oki minimal 4", "oic_goals"),
    # (... or after a list verb: "sebutkan 3" last left "3" unexplained, and the OIC's role won)
    ("peran Indonesia dalam OKI sebutkan 3", "indonesia_roles"),
    # (a list asked, by an answer listing them: "list" left unexplained, every member won)
    ("oic suspended countries list", "suspensions"),
    # (how briefly, not the abbreviation: "singkat" matched "singkatan", and the names won)
    ("oki itu apa sih jelasin singkat", "what_is_oic"),
    # (the old name against today's: it got the CFM, by "cfm oki dulu namanya apa")
    ("apa bedanya nama OKI dulu sama skrg", "name_change"),
    # (an observer's criteria, not a member's)
    ("kriteria negara pengamat OKI apa aja", "observer_rules"),
    # (what the Summit does, not the OIC: each got the OIC's role)
    ("apa fungsi KTT dalam OKI", "islamic_summit"),
    ("the KTT of OKI, what's its job", "islamic_summit"),
    # (a count of members, not the 57th member: an example "anggota ke 57 oki negara apa"
    # matched "57" said as a count, and none was told)
    ("Benar atau salah: OKI memiliki 57 negara anggota", "member_count"),
    # (where it was born, not what set it off: it got the Al-Aqsa arson)
    ("negara tempat lahirnya oki", "founding_date"),
    # (why it was founded, asked as the reason behind it: it got who founded it)
    ("reason behind the establishment of the organisation of islamic cooperation",
     "founding_trigger"),
    # (the OIC's own standing at the UN, not its members': it got the member count)
    ("the oic is a member of the un right", "un_seat_vote"),
    # (a benefit set as homework, "can you list a few" after it: it got all the members)
    ("my teacher asked us to write about the benefits Indonesia gets from being in the OIC, "
     "can you list a few", "indonesia_benefits"),
    # (the committee the king of Morocco chairs: it got Saudi Arabia's summit chair, "king")
    ("what does the king of morocco chair", "al_quds_committee"),
    # (the Philippines' wish to join: it got only that it is no member)
    ("is the philippines trying to join the OIC", "philippines_observer_bid"),
    # (how many summits, said in chat: "mny" left unknown, it got the members, by "how mny
    # countries in oki")
    ("how mny summits so far", "summits"),
    # (the Council's job, the Summit's meaning, the reason told briefly, the bot programmed:
    # each got another answer, the OIC's role, its subsidiary organs, what the OIC is, the
    # Ten-Year Programme)
    ("what's the job of the CFM in the OIC", "cfm"),
    ("ktt oki tuh maksudnya apaan", "islamic_summit"),
    ("ceritakan secara singkat mengapa oki didirikan", "founding_trigger"),
    ("who programmed u", "who_are_you"),
    # (whether its answers can be trusted and where they come from: an apology for a wrong
    # answer, the OIC's funding, nothing)
    ("apakah jawabanmu selalu benar", "who_are_you"),
    ("sumber jawaban kamu dari mana", "who_are_you"),
    ("are your answers accurate", "who_are_you"),
    # (where a learner should begin: the OIC's name change, nothing)
    ("mulai belajar OKI dari mana dulu ya min", "where_to_start"),
    ("where should I start learning about the OIC", "where_to_start"),
    # (the OIC's "president" now, not its first leader; its name in full, not Indonesia's
    # full membership)
    ("presidennya OKI siapa sih", "summit_chair"),
    ("what does oic mean in full", "oic_names"),
    # (the new headquarters: it got the seat, "baru" left unexplained)
    ("kantor pusat baru oki", "new_headquarters"),
    # (sitting on the Security Council: it got how the OIC differs from the UN)
    ("oki duduk di dewan keamanan pbb gak", "un_seat_vote"),
    # (the Human Rights Council, not the Security Council: it got the OIC's standing there)
    ("negara anggota oki yg duduk di dewan ham pbb ada brp", "oic_at_un_human_rights_council"),
])
def test_what_is_asked_in_other_words_gets_its_answer(engine: Engine, question: str,
                                                      intent: str) -> None:
    assert engine.ask(question).intent == intent


def test_how_many_to_write_is_no_count_claimed(engine: Engine) -> None:
    """"tulis 4 tujuan oki berdasarkan piagam" opened "Sumber jawaban ini tidak menyebut 4"."""
    reply = engine.ask("tulis 4 tujuan oki berdasarkan piagam")
    assert reply.intent == "charter_objectives" and not reply.answer.startswith("Sumber"), \
        reply.answer


@pytest.mark.parametrize(("question", "opening"), [
    ("apakah oki anggota dewan keamanan pbb?", "Tidak."),
    ("is the oic a member of the UN security council", "No."),
    ("does the oic have veto power at the un", "No."),
    # ... nor of the UN, nor voting in its General Assembly (the observer status came first,
    # the no-vote sentence far below it)
    ("does oic have a vote in the UN general assembly", "No."),
    ("the oic is a member of the un right", "No."),
    ("apakah oki berhak memberikan suara di majelis umum PBB seperti negara", "Tidak."),
])
def test_the_oic_is_told_to_be_no_member_of_the_security_council(engine: Engine, question: str,
                                                                  opening: str) -> None:
    """Each got the OIC's observer status at the UN, or the binding force of the Council's
    resolutions, and never a no."""
    reply = engine.ask(question)
    assert reply.intent == "un_seat_vote" and reply.answer.startswith(opening)


@pytest.mark.parametrize("question", ["OKI dan Gaza 2023", "oic gaza 2023",
                                      "latest on gaza from the oic?"])
def test_the_oic_on_gaza_is_not_indonesias_role(engine: Engine, question: str) -> None:
    """Each got Indonesia's recent roles, by "indonesia oki 2023 gaza committee"."""
    assert engine.ask(question).intent == "gaza_response"


def test_padding_words_that_are_the_question_are_answered(engine: Engine) -> None:
    """"kamu bot ya?" is made of padding words ("bot") yet asks who we are."""
    reply = engine.ask("kamu bot ya?")
    assert reply.kind == "smalltalk" and reply.intent == "who_are_you", reply.reason


@pytest.mark.parametrize(
    "question",
    ["who founded islam", "when was islam founded", "siapa pendiri islam", "kapan islam lahir",
     "what is Islam exactly", "where was islam born",
     "who created islam",  # (it got who made the bot, "who created this bot")
     # (a group or a calendar called Islamic: what the OIC is, its Hijri founding date)
     "what is the islamic state group", "what is the islamic calendar",
     "What is Islamic banking?",  # (the IsDB, the OIC's bank)
     # (the country a city is the capital of: the Rabat summit, the Charter adopted in Dakar)
     "rabat itu ibukota negara apa", "dakar ibukota negara apa"],
)
def test_a_question_about_the_faith_gets_no_oic_fact(engine: Engine, question: str) -> None:
    """"who founded islam" got the OIC's two founding kings, "kapan islam lahir" its founding
    date: an example naming the OIC where the question names the faith answers another
    question."""
    reply = engine.ask(question)
    assert reply.kind == "fallback" and reply.intent is None, (reply.intent, reply.reason)


def test_an_organisation_rooted_in_the_faith_is_not_the_faith_asked(engine: Engine) -> None:
    """The OIC described is no question about the faith (the guard read it as one)."""
    reply = engine.ask("should a secular country join an organization rooted in Islam?")
    assert "the faith asked" not in reply.reason, reply.reason


@pytest.mark.parametrize(
    ("question", "intent"),
    [("sidang menlu islam pertama diadakan dimana", "first_cfm"),
     ("konferensi menlu islam kedua dimana", "cfm_2"),
     ("ktt arab islam november 2024 bahas apa", "joint_summit_2024"),
     ("organisasi negara2 islam itu kantornya di kota apa", "headquarters"),
     ("apa itu al-silm dalam diplomasi islam", "diplomacy_principles"),
     ("maksud diplomasi islam yg bersih", "islamic_diplomacy"),
     ("what is meant by clean diplomacy in islam", "islamic_diplomacy")],
)
def test_the_faith_said_of_our_members_or_topics_is_still_ours(engine: Engine, question: str,
                                                               intent: str) -> None:
    """The Muslim world's ministers are the OIC's; diplomacy in Islam is the article's."""
    assert engine.ask(question).intent == intent


@pytest.mark.parametrize(
    "question",
    ["berapa penduduk indonesia", "siapa presiden turki sekarang", "ibukota malaysia apa",
     "siapa presiden gambia sekarang", "chad itu dimana sih", "azerbaijan negara apa",
     "When was Bangladesh founded?", "Who is the Emir of Qatar?",
     "Perjanjian Camp David ditandatangani tahun berapa?",
     "Who was the first president of Indonesia?",  # (Soeharto's first OIC summit was told)
     "what is the population of the world", "world population now"],  # (the OIC's was told)
)
def test_a_question_about_a_country_not_the_oic_gets_no_oic_fact(engine: Engine,
                                                                 question: str) -> None:
    reply = engine.ask(question)
    assert reply.kind not in ("answer", "membership", "role"), reply.reason


@pytest.mark.parametrize(("question", "lead"), [
    ("My teacher says the OIC has four official languages. Is that true?",
     "The sources of this answer do not mention four. What they say:\nThe OIC has three official "
     "languages"),
    ("My textbook says the OIC headquarters is in Mecca. Is my textbook right?",
     "The sources of this answer do not mention Makkah. What they say:\nThe OIC's headquarters"),
    ("A quiz app told me the OIC was founded in 1971 in Jeddah. Is that wrong?",
     "The OIC was founded by decision of a summit of Muslim leaders in Rabat"),
    ("kata temen OKI punya tentara, bener ga?", "Tidak. OKI bukan aliansi militer"),
    ("apakah bahasa resmi oki ada empat?", "Sumber jawaban ini tidak menyebut empat."),
    # (and what sources are asked for, which every answer lists: the sentence on where
    # sources differ, saying "sumber", was shown first)
    ("Pada tanggal berapa OKI resmi berdiri menurut sumber resmi?",
     "OKI didirikan berdasarkan keputusan KTT"),
    # (a tag asks it: "yeah", "didnt it" were left unexplained, or read as no question)
    ("OIC got founded in Cairo yeah?", "The sources of this answer do not mention Cairo."),
    ("the name changed in 2008 with the new charter didnt it",
     "The sources of this answer do not mention 2008."),
    # (and one said to be heard or believed, without "?" or ".": not sure, or no claim)
    ("pretty sure the oic was born in cairo in 69",
     "The sources of this answer do not mention Cairo."),
    ("i heard the oic has 60 members", "The sources of this answer do not mention 60."),
    # (and a friend's, or who is right about it: "who" read as asking a person)
    ("my friend says the oic has 60 members", "The sources of this answer do not mention 60."),
    ("my friend insists the OIC was born in Cairo in '69 - who's right?",
     "The sources of this answer do not mention Cairo."),
    ("temenku bilang oki berdiri di kairo, siapa yang benar?",
     "Sumber jawaban ini tidak menyebut Kairo."),
    ("Buku paket saya bilang OKI berdiri di Kairo, mana yang benar?",
     "Sumber jawaban ini tidak menyebut Kairo."),
    # (and an answer being checked, a student's or one's own: "student" was weighed)
    ("My student wrote: the OIC headquarters is in Cairo. Is this right?",
     "The sources of this answer do not mention Cairo."),
    ("Jawaban murid saya: markas OKI di Kairo. Betul?", "Sumber jawaban ini tidak menyebut "
     "Kairo."),
])
def test_a_claim_heard_from_someone_is_checked(engine: Engine, question: str, lead: str
                                               ) -> None:
    """Each was declined: who said it ("a quiz app told me") weighed as the topic, "Is that
    true?" asked nothing, a count in words ("four") was no claim."""
    reply = engine.ask(question)
    assert reply.answer.startswith(lead), reply.reason
    # ("benar gak" within a sentence, and "benarkah", ask nothing of the whole message)
    assert engine.ask("Kapan KTT OKI ke-15 dan benar gak Indonesia jadi tuan rumahnya?"
                      ).intent == "summit_15"
    assert engine.ask("Mahathir vs Riyadh: benarkah KL Summit 2019 dibuat untuk menyaingi OKI?"
                      ).intent == "kl_summit_2019"


def test_a_name_no_example_uses_leads_to_the_answers_that_write_it(engine: Engine) -> None:
    """"Who was Yerzhan Kazykhanov?" was declined as outside the OIC, though the entry on the
    name change says he introduced the resolution: a name the answers write leads to them,
    and the sentence naming him is shown first."""
    reply = engine.ask("Who was Yerzhan Kazykhanov?")
    assert reply.intent == "name_change", reply.reason
    assert reply.answer.startswith("Kazakhstan's foreign minister Yerzhan Kazykhanov"), \
        reply.answer
    assert engine.ask("Who was Syed Hamid Albar and what did he propose?").intent == "oic_reform"
    # ... one long word asked "who" of is a name too
    assert engine.ask("siapa Qureshi").kind == "suggest"
    # ... but not one ordinary word no example uses ("gaji", salary: the 2008 budget's staff
    # pay rise), nor a country's name or a row's (their own sources answer)
    assert engine.ask("berapa gaji sekjen oki").intent is None
    assert engine.ask("is côte d'ivoire in the oic").intent == "membership"
    assert engine.ask("Who was SG, Laraki or Belkeziz?").intent == "secretaries_general"
    # ... nor a known word inflected ("rumahnya": a follow-up naming nothing)
    assert engine.ask("siapa tuan rumahnya?").answer.startswith("Saya tidak tahu apa yang Anda "
                                                                 "maksud")
    # ... while a name only rows write offers them (it was declined; one whose row names them
    # as the holder of its office answers: test_a_holder_named_gets_the_office_they_held)
    reply = engine.ask("Who is Mohamed Morsi in OIC history?")
    assert [link.entry for link in reply.suggestions] == ["summit_chair_senegal",
                                                          "summit_chair_egypt", "summit_12"]


def test_what_happened_on_a_day_is_what_our_sources_name_that_day(engine: Engine) -> None:
    """Each was declined, though an answer or a row names the day: one that does answers, and
    where several do they are offered, said as such."""
    reply = engine.ask("ktt tanggal 22 februari 1974")
    assert reply.entry == "summit_2", reply.reason
    reply = engine.ask("What happened on 28 June 2011?")
    assert reply.kind == "suggest", reply.reason
    assert reply.answer == ("Our sources name 28 June 2011 in more than one answer. Which one "
                            "are you after?")
    assert reply.suggestions[0].entry == "name_change"
    # ... written in numbers too (both were declined)
    assert engine.ask("What happened on 28/06/2011?").answer == reply.answer
    assert engine.ask("Apa yang terjadi tanggal 21.08.1969?").intent == "founding_trigger"
    # (one that names another day is none of these)
    assert engine.ask("what happened on 3 january 1990").kind != "answer"
    # (nor does a day several answers name outweigh the one asked for: the 7 August 2024
    # meeting of the Executive Committee)
    assert engine.ask("What was the 7 August 2024 OIC meeting about?").intent == \
        "executive_committee_meetings"
    # ... and of several, the meeting held that day, when a meeting is asked of ("doha 15 sept
    # 2025 summit" got the Gaza answer, which lists that day among others)
    reply = engine.ask("doha 15 sept 2025 summit — why was it convened")
    assert reply.entry == "doha_summit_2025", reply.reason


def test_a_day_claimed_of_something_else_is_corrected_not_answered_with_that_day(
        engine: Engine) -> None:
    """"The OIC was founded on 21 August 1969, true?" was answered with the Al-Aqsa arson of
    that day, which reads as a yes; the founding's answer now says first that its sources do
    not mention that day."""
    for question, lead in (
            ("The OIC was founded on 21 August 1969, true?",
             "The sources of this answer do not mention 21 August 1969. What they say:"),
            ("OKI berdiri tanggal 21 Agustus 1969 kan?",
             "Sumber jawaban ini tidak menyebut 21 Agustus 1969. Yang mereka katakan:"),
            ("The OIC changed its name on 28 June 2010, right?",
             "The sources of this answer do not mention 28 June 2010. What they say:"),
            # (though the answer says each of its words: "12 Rajab", "September", "1969")
            ("OKI didirikan 12 September 1969 kan?",
             "Sumber jawaban ini tidak menyebut 12 September 1969. Yang mereka katakan:")):
        reply = engine.ask(question)
        assert reply.kind == "answer" and reply.answer.startswith(lead), (question, reply.answer)
        assert reply.entry in ("founding_date", "name_change"), reply.reason
    # ... and a day of a month, with no year
    for question, lead in (("Islamophobia day is 21 March, correct?",
                             "The sources of this answer do not mention 21 March. What they say:"),
                           ("Hari anti-islamofobia itu 21 maret kan?",
                            "Sumber jawaban ini tidak menyebut 21 Maret. Yang mereka katakan:")):
        reply = engine.ask(question)
        assert reply.answer.startswith(lead), (question, reply.answer)
    assert "tidak menyebut" not in engine.ask("Hari anti-Islamofobia 15 Maret kan?").answer
    # ... a day it names is no claim to correct
    for question, entry in (("The OIC was founded on 25 September 1969, true?", "founding_date"),
                            # (found by the day alone: its examples do not say "opened")
                            ("IsDB opened on 20 october 1975?", "isdb"),
                            ("Was the Al-Aqsa mosque set on fire on 21 August 1969?",
                             "founding_trigger"),
                            ("Was the OIC renamed on 28 June 2011?", "name_change")):
        reply = engine.ask(question)
        assert reply.entry == entry and "do not mention" not in reply.answer, reply.reason
    # ... nor a meeting's days, which the row gives (it was the founding date's, told "Sumber
    # kami di sini tidak menyebut 22"); another year of them is said so
    reply = engine.ask("KTT pertama OKI tanggal 22-25 September 1969 ya?")
    assert reply.entry == "summit_1" and reply.answer.startswith("KTT Islam ke-1"), reply.reason
    reply = engine.ask("The first OIC summit was on 25 September 1970, correct?")
    assert reply.entry == "summit_1", reply.reason
    assert reply.answer.startswith("Not in 1970: our sources date it to 1969."), reply.answer


def test_how_many_times_the_banjul_summit_was_put_off_is_shown_first(engine: Engine) -> None:
    """"How many times was the Gambia summit postponed?" showed where and when it met, the
    deferrals past "More", with no count: APA News counts three."""
    reply = engine.ask("How many times was the Gambia summit postponed?")
    assert reply.entry == "summit_15" and "3 times, according to APA News" in \
        reply.parts()[0], reply.answer


def test_how_often_the_council_is_held_is_not_how_often_its_chair_changes(
        engine: Engine) -> None:
    """"How often is the OIC Council of Foreign Ministers held?" got who chairs the Council,
    by "how often does the cfm chair change" ("held" was unexplained by the Council's own)."""
    for question in ("How often is the OIC Council of Foreign Ministers held?",
                     "How often is the CFM held?"):
        reply = engine.ask(question)
        assert reply.entry == "cfm" and "once a year" in reply.answer, reply.reason


def test_whether_a_member_is_mostly_muslim_is_told_where_a_source_says(engine: Engine) -> None:
    """"Is Uganda a Muslim-majority country?" was declined, though its standing says its
    population is not mostly Muslim: told, with no "Yes." (which would answer whether it is a
    member); a country whose standing does not say gets the entry on those members."""
    reply = engine.ask("Is Uganda a Muslim-majority country?")
    assert reply.answer.startswith("Uganda is a member of the OIC"), reply.answer
    assert "Uganda's population is not mostly Muslim" in reply.answer
    assert engine.ask("Is Nigeria a Christian-majority member of the OIC?").intent == \
        "christian_majority_members"


def test_an_example_asking_about_now_does_not_answer_a_past_year(engine: Engine) -> None:
    """"Which country chaired the CFM in 2019?" got the summit chair of today, through an
    example "which country chairs the oki now"."""
    reply = engine.ask("Which country chaired the CFM in 2019?")
    assert reply.intent is None and "46th Session" in reply.answer, reply.reason
    # ... but the year of its newest source is now for it (it got the population)
    assert engine.ask("how many member states does oic have in 2025").intent == "member_count"


def test_a_year_a_country_s_note_tells_of_is_no_wrong_joining_year(engine: Engine) -> None:
    """"Mesir masuk OKI tahun 1984 ya?": Egypt returned in 1984 (its note says so), so the
    standing's 1969 does not make it a "No."."""
    reply = engine.ask("Mesir masuk OKI tahun 1984 ya?")
    assert reply.answer.startswith("Mesir adalah negara anggota OKI"), reply.answer
    assert "Mesir kembali pada 1984" in reply.answer


def test_an_example_naming_the_country_answers_only_what_it_shares_with_the_question(
        engine: Engine) -> None:
    """"When was Bangladesh founded?" got the ICDT and the IUT (an example "oki university in
    bangladesh" shares only the name); an example sharing what is asked still answers, in
    another form of the word too ("suspend" beside "why was syria suspended from the oki")."""
    assert engine.ask("When was Bangladesh founded?").intent is None
    assert engine.ask("kenapa keanggotaan suriah dibekukan").intent == "syria_reinstated"
    reply = engine.ask("Did the 12th summit in Cairo suspend Syria?")
    assert reply.answer.startswith(
        "Our sources do not say that happened at the 12th Islamic Summit"), reply.reason
    assert reply.suggestions[0].entry == "syria_reinstated"


def test_who_in_an_indonesian_sentence_is_the_world_health_organization(engine: Engine) -> None:
    reply = engine.ask("markas WHO di mana")
    assert reply.kind == "other_org", reply.reason
    assert engine.ask("who founded the oic").kind == "answer"  # in English, "who" asks
    # ... and in an Indonesian sentence, "who" before an English verb asks too ("btw who
    # chaired KTT ke-5 di Kuwait?" was refused as a question about the WHO), while "kapan
    # who didirikan" is still about the WHO
    assert engine.ask("btw who chaired KTT ke-5 di Kuwait?").kind != "other_org"
    assert engine.ask("kapan who didirikan").kind == "other_org"


def test_a_country_named_without_the_oic_keeps_oic_facts_out(
        write_content: Callable[..., Path]) -> None:
    """Nothing off-topic catches "dimana markas turki" here: only the guard stands between it
    and the OIC's headquarters."""
    engine = Engine(load_content(write_content()))
    assert engine.ask("dimana markas oki").intent == "headquarters"
    reply = engine.ask("dimana markas turki")
    assert reply.intent is None and "TR named without the OIC" in reply.reason


_SAME_EVERYWHERE = """
import json, sys
from bot.factory import build_engine
from bot.settings import EngineSettings
engine = build_engine(EngineSettings.from_env())
print(json.dumps([[r.kind, r.intent, round(r.confidence, 9), r.reason,
                   [link.entry for link in (*r.suggestions, *r.related)]]
                  for r in map(engine.ask, sys.argv[1:])]))
"""


def test_a_question_gets_the_same_answer_in_every_process() -> None:
    """Python orders a set differently in each process; the answer must not follow it. These
    questions sit on ties (examples sharing one stem, a margin at the line) that once broke
    one way or the other from one restart to the next; so do the buttons under a "not sure"
    (entries sharing the question's words equally)."""
    questions = ["OKI didirikan pada tahun .... a. 1967 b. 1969 c. 1971 d. 1972",
                 "halo min, siapa aja pendiri oki?", "siapa yg memprakarsai berdirinya oki",
                 "Apa yang menjadi latar belakang terbentuknya OKI (Organisasi Kerjasama Islam)?",
                 "Thailand’s troubled South – local unrest or OIC concerns?",
                 "Langkah apa saja yang ditempuh Indonesia dalam proses transformasi yang saat "
                 "ini tengah berlangsung di OKI?"]
    runs = [subprocess.Popen([sys.executable, "-c", _SAME_EVERYWHERE, *questions],
                             stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONHASHSEED": seed})
            for seed in ("0", "1", "3", "5")]
    answers = [json.loads(run.communicate(timeout=120)[0]) for run in runs]
    assert all(a == answers[0] for a in answers), answers


def test_a_clause_that_asks_nothing_is_not_answered_on_its_own(engine: Engine) -> None:
    """Cut at its comma, "Can the OIC, ..., stop this war?" leaves "can the oic": once answered
    with who can join the OIC. The question is read whole, and is not one we can answer."""
    reply = engine.ask("The real question is: can the OIC, with all its summits and "
                       "declarations, actually stop this war?")
    assert reply.intent != "membership_criteria"
    assert reply.kind in ("fallback", "suggest"), reply.reason
    assert engine.ask("what is the oic, and why does it matter?").intent == "what_is_oic"


def test_a_second_question_that_refers_back_is_answered_too(engine: Engine) -> None:
    for question in ("Apa itu OKI dan tujuannya?", "Jelaskan pengertian OKI dan tujuannya!"):
        reply = engine.ask(question)
        assert reply.intent == "what_is_oic", reply.reason
        assert [r.intent for r in reply.also] == ["oic_goals"]
    # "-nya" points back to what the first question named: Indonesia's role, not the OIC's
    reply = engine.ask("indonesia anggota oki sejak kapan dan apa perannya")
    assert [(r.kind, r.country) for r in reply.also] == [("role", "ID")], reply.reason


@pytest.mark.parametrize(("question", "first", "not_also"), [
    ("what is COMCEC and who chairs it", "comcec", "summit_chair_gambia"),
    ("is nigeria a member and when did it join", None, "indonesia_membership"),
    ("what is IsDB and when was it founded", "isdb", "founding_date"),
    ("what does SESRIC do and where is it", "sesric", "headquarters"),
    # ... and "now" is part of what the first named ("... dan tahun berapa" got the OIC's
    # founding year, read of no Secretary-General in particular)
    ("Sekjen OKI sekarang lahir di kota apa dan tahun berapa?", "sg_12", "founding_date"),
])
def test_it_in_a_second_question_is_what_the_first_named(engine: Engine, question: str,
                                                         first: str | None,
                                                         not_also: str) -> None:
    """ "... and who chairs it" got The Gambia, the OIC's chair, under COMCEC; "... and when
    did it join" got Indonesia's membership under Nigeria's."""
    reply = engine.ask(question)
    assert reply.intent == first or (first is None and reply.country == "NG"), reply.reason
    assert not_also not in [r.intent for r in reply.also], reply.reason


def test_there_in_a_second_question_is_where_the_first_named(engine: Engine) -> None:
    """"... and who took over the chairmanship there?" read alone got The Gambia, today's
    chair, beside the Tehran summit; "are there" points at nothing."""
    reply = engine.ask("Which ordinary Islamic Summit was held in Tehran, and who took over "
                       "the chairmanship there?")
    assert reply.entry == "summit_8" and reply.also == (), reply.reason
    assert "Khatami" in split_lead(reply.answer)[0]
    reply = engine.ask("Where is the OIC based? Are there any other offices?")
    assert reply.intent == "headquarters", reply.reason


@pytest.mark.parametrize(("question", "row", "detail"), [
    ("where was the 12th islamic summit and who chaired it", "summit_12", "Morsi"),
    ("ktt oki ke-15 dimana? tema nya apa", "summit_15", "Enhancing Unity"),
    ("Where was the 4th extraordinary Islamic summit held and what did it decide?",
     "extraordinary_summit_4", "suspended Syria"),
    # ... and one the bot is unsure of alone, offering the same row first or read with it
    ("Which country hosted the 50th CFM and what anniversary did it coincide with?", "cfm_50",
     "50th anniversary of Cameroon's membership"),
    ("ktt lb oki des 2017 di mana dan diadain gara2 apa", "extraordinary_summit_6",
     "setelah Presiden AS Donald Trump"),
    # ... or the entry one with the row (the chair was behind a button of its own)
    ("Where is COMSTECH based and who chairs it?", "comstech", "President of Pakistan"),
    # ... and one whose answer alone is beside both ("mulai aktif kapan" alone got
    # Indonesia's membership, beside IRCICA's row)
    ("IRCICA berdiri tahun berapa dan mulai aktif kapan?", "body_ircica",
     "mulai bekerja pada 1982"),
])
def test_what_a_second_question_asks_of_the_same_row_is_shown_too(
        engine: Engine, question: str, row: str, detail: str) -> None:
    """The row answers both questions: its first line showed only where, and the chair, the
    theme or what was decided was behind "More"."""
    reply = engine.ask(question)
    assert reply.entry == row, reply.reason
    assert detail in reply.parts()[0], reply.answer
    assert reply.also == (), [a.entry for a in reply.also]


def test_a_second_question_naming_its_own_subject_is_answered_beside_the_first(
        engine: Engine) -> None:
    """"who are the observers then" is about the observers, though read with the first it
    is India's standing again."""
    reply = engine.ask("is india an oic member? and who are the observers then")
    assert [a.entry for a in reply.also] == ["observers"], reply.reason


@pytest.mark.parametrize("question", ["Apa keuntungan OKI bagi Palestina?",
                                      "what are the benefits of the OIC for Palestine",
                                      # ... nor for any country at all
                                      "what advantage a country get when become OIC member?",
                                      "what does a country need to join oic as full member",
                                      # ... nor for its members at large
                                      "manfaat oki buat negara2 anggotanya apa aja sih"])
def test_an_example_about_another_country_does_not_answer(engine: Engine,
                                                          question: str) -> None:
    """ "Apa keuntungan OKI bagi Palestina?" got Indonesia's benefits, through the example
    "apa keuntungan RI masuk OKI"; asked of "a country", they got Indonesia's benefits and
    its membership history."""
    reply = engine.ask(question)
    assert reply.intent != "indonesia_benefits", reply.reason
    assert "Indonesia" not in reply.answer.split("\n")[0]


@pytest.mark.parametrize("question", ["how long is the hajj pilgrimage",
                                      "what's the capital of canada",
                                      "hukum riba dalam islam apa",
                                      "Berapa jarak Jakarta ke Jeddah naik pesawat?",
                                      # (each got whether Indonesia chaired the OIC in 2025)
                                      "Who is the president of Indonesia in 2025?",
                                      "siapa presiden indonesia tahun 2025",
                                      # (the religion, not the OIC: they got what the OIC
                                      # is, or Islamic diplomacy)
                                      "Islam itu apa sih", "can you explain what islam is"])
def test_a_question_nearest_an_off_topic_example_is_declined(engine: Engine,
                                                             question: str) -> None:
    """Its best match is an off-topic example, too weak to decline on by itself: it was
    "not sure, is it one of these?" with buttons on the Secretary-General's term, for "how
    long"; no OIC fact is near enough to offer, so it is said plainly to be outside."""
    reply = engine.ask(question)
    assert reply.intent is None and reply.suggestions == (), reply.reason
    assert "only answer" in reply.answer or "hanya menjawab" in reply.answer, reply.answer


@pytest.mark.parametrize("question", ["what is the weather like during the islamic summit",
                                      "resep masakan di ktt islam apa"])
def test_a_question_naming_an_oic_organ_is_not_declined_as_off_topic(engine: Engine,
                                                                     question: str) -> None:
    """Nearest an off-topic example, it still names the OIC's own organ: not sure, not "I
    only answer questions about the OIC" ("In which years had Türkiye hosted CFMs" was)."""
    reply = engine.ask(question)
    assert "only answer" not in reply.answer and "hanya menjawab" not in reply.answer


def test_cfms_are_sessions_of_the_council(engine: Engine) -> None:
    reply = engine.ask("In which years had Türkiye hosted CFMs before 2025?")
    assert reply.intent == "cfm_sessions", reply.reason


@pytest.mark.parametrize("question", ["Sebutkan 5 negara anggota OKI di Afrika",
                                      "mata uang bersama oki namanya apa",
                                      "What colours is the OIC flag and what do they mean?"])
def test_a_question_naming_the_oic_is_never_called_off_topic(engine: Engine,
                                                             question: str) -> None:
    """ "Sebutkan 5 negara anggota OKI di Afrika" resembled the off-topic example "negara
    terbesar di Afrika apa" and got "I only answer questions about the OIC"; so did a question
    none of whose words the knowledge base knows ("colours", "flag")."""
    reply = engine.ask(question)
    assert reply.decision is not None and reply.decision.action != "out_of_scope", reply.reason
    assert "only answer" not in reply.answer and "hanya menjawab" not in reply.answer


@pytest.mark.parametrize(("question", "lang", "said"), [
    ("What was OKI called before 2011? jawab bahasa indonesia ya", "id", "Nama lama OKI"),
    ("Who is the 3rd secretary general of OKI? jawab pake bhs indo", "id", "Sekretaris"),
    ("siapa sekjen oki ke-3? answer in english", "en", "Secretary-General"),
    # (asked of an explanation, or in mixed words: each was answered in the other language)
    ("siapa sekjen oki sekarang, explain in english pls", "en", "Secretary-General"),
    ("OIC founded date and place? jawab in bahasa aja", "id", "didirikan"),
    # (a language alone, as a clause of its own, asks for it: each got the other language)
    ("oic bahasa resminya apa aja? in english pls", "en", "official languages"),
    ("kapan oki berdiri, in english please", "en", "founded"),
    # (... past an em dash too: it got the OIC's names, in Indonesian)
    ("english please — kapan OKI didirikan", "en", "founded"),
    ("who is the oic secretary general? dalam bahasa indonesia ya", "id", "Sekjen"),
    # (... and at the end of an explanation asked: it got the OIC's names in four languages)
    ("jelaskan peran indonesia di OKI dalam bahasa inggris", "en", "Indonesia has chaired"),
    ("jelasin tujuan oki in english", "en", "the OIC aims"),
    # (... or of a question in the other language asking no name: each got the OIC's names)
    ("peran indonesia dalam OKI in english pls", "en", "Indonesia hosted"),
    ("apa itu OIC in english pls", "en", "intergovernmental organisation"),
    # ("indo" is Indonesian: it was answered in English)
    ("what year oki was founded, jawab indo", "id", "didirikan"),
])
def test_the_language_asked_for_is_the_language_answered_in(
        engine: Engine, question: str, lang: str, said: str) -> None:
    """ "... jawab bahasa indonesia ya" after an English question was answered in English; the
    request is set aside (not matched: "bahasa" would ask for the official languages)."""
    reply = engine.ask(question)
    assert reply.lang == lang and said in reply.answer, reply.answer
    assert engine.ask("oki itu singkatan dari apa in english?").entry == "oic_names"
    # (... but in a question, a language may be what is asked: the name in English)
    assert engine.ask("what is OKI in english?").entry == "oic_names"
    assert engine.ask("jelaskan nama OKI dalam bahasa inggris").entry == "oic_names"


@pytest.mark.parametrize(("question", "entry"), [
    ("explain briefly why the OIC was created in 1969", "founding_trigger"),
    ("jelaskan secara singkat mengapa oki didirikan", "founding_trigger"),
    # (how long or how fully an answer is wanted: each was refused, or not sure)
    ("jelaskan secara singkat apa itu OKI dalam satu kalimat", "what_is_oic"),
    ("jelaskan dalam satu kalimat mengapa OKI dibentuk", "founding_trigger"),
    ("uraikan secara rinci sejarah berdirinya OKI", "founding_trigger"),
    ("how many country is member in OIC in the current time?", "member_count"),
    ("as of 2025 who is the chairman of oic summit", "summit_chair_gambia"),
    # ("isn't it that ...": "bukan" was read as asked, and got the members not Muslim-majority)
    ("bukannya anggota OKI itu 56 negara?", "member_count"),
    # (a pasted item's label: "ganda" was read as Uganda, and got the OIC's university there)
    ("Pilihan ganda: OKI didirikan di kota... a. Jeddah b. Rabat c. Kairo d. Jakarta",
     "founding_date"),
    # (chat spellings: Gaza, whose example said "abt"; the OIC's names)
    ("pls tell me abt oic hq", "headquarters"),
    ("wat yr was oic formd", "founding_date"),
    # (one summit by year and place: examples of the list named it, and got the list)
    ("2018 istanbul extraordinary summit", "extraordinary_summit_7"),
    # (any meeting: it got the latest foreign ministers' session, older than the Doha summit)
    ("what is the latest oic meeting", "latest_meetings"),
    ("pertemuan oki terbaru apa", "latest_meetings"),
    # (the UN's answer named a "Russian encyclopedia"; the OIC "like a Muslim UN" got its
    # observer status at the UN; "pay for itself", the IsDB)
    ("hubungan OKI dan Rusia", "russia_observer"),
    ("is oic like a muslim un?", "vs_un"),
    ("does the oic have a security council like the un", "vs_un"),
    ("in a nutshell, how does the oic pay for itself", "oic_funding"),
    # (each was not sure, its answer in our content)
    ("what did the oic say after israel attacked qatar", "doha_summit_2025"),
    # (a topic named first, then "what was done" asked: alone, it got the OIC's role)
    ("OKI dan isu rohingya, apa yg dilakukan?", "rohingya"),
    ("OKI dan islamofobia, apa yg dilakukan", "islamophobia"),
    # (an item's label, and options numbered i., ii., iii. or after a colon: each was refused)
    ("Journalist here: can you confirm the exact founding date of the OIC?", "founding_date"),
    ("cek fakta: OKI punya 57 anggota di 4 benua, bener gak?", "continents_regions"),
    ("Sekretaris Jenderal OKI saat ini berasal dari negara... i. Turki ii. Chad iii. Arab "
     "Saudi", "sg_12"),
    ("Berikut ini negara ASEAN yang menjadi anggota OKI, kecuali: 1. Indonesia 2. Malaysia "
     "3. Brunei 4. Thailand", "asean_members"),
    ("What is the OIC stance on Gaza?", "gaza_response"),
    # (the OIC's names in four languages; Indonesia's membership history; the Rohingya case,
    # which has news of 2026; what the bot can do)
    ("bisa bahasa inggris gak", "capabilities"),
    ("what did indonesia get from joining the oic", "indonesia_benefits"),
    ("berita oki terbaru", "latest_meetings"),
    ("can you explain what the OIC is?", "what_is_oic"),
    # (a verdict asked first, no question mark: it got the 2016 Jakarta summit)
    ("bener gak sih oki didirikan di jakarta", "founding_date"),
    # ("define" is "what is": it got Islamic diplomacy, "define clean diplomacy")
    ("define OIC in one sentence for my notes", "what_is_oic"),
    ("can the oic secretary general be reelected", "sg_term"),
    ("sec gen oic curently", "sg_12"),  # (a typo: it got the current Charter)
    ("what does oic mean in politics", "oic_names"),  # (it got the debate on its use)
    # (a row named by examples of the list: not sure between them; one of the list, the
    # Jakarta summit)
    ("first extraordinary OIC summit", "extraordinary_summit_1"),
    ("what is an extraordinary summit of the OIC", "extraordinary_summits"),
    ("who decides who becomes OIC secretary general", "sg_election"),
    # (the review: the 16th summit's host, "not Indonesia", at a hair over the margin)
    ("did indonesia hold an oic summit", "jakarta_summit_2016"),
])
def test_the_words_around_a_question_leave_it_asked(engine: Engine, question: str,
                                                    entry: str) -> None:
    """ "explain briefly why ..." got when the OIC was founded, "jelaskan secara singkat
    mengapa ..." what it is: the request wraps the question it opens with. "in the current
    time" was a word no answer explains, and refused; "chairman of oic summit" in 2025 tied
    with that year's joint summit."""
    reply = engine.ask(question)
    assert reply.entry == entry, reply.reason


@pytest.mark.parametrize(("question", "first", "second"), [
    ("esai: jelaskan tujuan dibentuknya OKI dan peran Indonesia di dalamnya!", "oic_goals",
     "indonesia_roles"),
    ("explain the aims of the OIC and Indonesia's role in it", "oic_goals", "indonesia_roles"),
    # ("... dan kenapa": the place alone was answered)
    ("OKI didirikan dimana dan kenapa?", "founding_date", "founding_trigger"),
    # (two asking words opening it: the founders alone were told)
    ("who and when founded the oic", "founders", "founding_date"),
])
def test_a_second_question_pointing_back_at_the_first_is_answered_too(
        engine: Engine, question: str, first: str, second: str) -> None:
    """ "... dan peran Indonesia di dalamnya" was read as one question with the first, and
    only Indonesia's role was answered."""
    reply = engine.ask(question)
    assert reply.entry == first, reply.reason
    assert [also.entry for also in reply.also] == [second]


@pytest.mark.parametrize(("question", "expanded"), [
    ("KTT singkatan dari apa?", "KTT = Konferensi Tingkat Tinggi"),
    ("What does KTT stand for?", "Konferensi Tingkat Tinggi"),
    ("kepanjangan ktm oki apa", "KTM OKI (Konferensi Tingkat Menteri)"),
    # (it got SESRIC's name spelt out, or was not sure)
    ("KTM OKI singkatan dari apa sih?", "KTM OKI (Konferensi Tingkat Menteri)"),
    ("Watapri singkatan dari apa", "Wakil Tetap RI (Watapri)"),
    ("IPHRC kepanjangannya apa dalam bahasa indonesia",
     "Komisi Permanen dan Independen Hak Asasi Manusia (IPHRC)"),
])
def test_the_indonesian_names_of_the_meetings_are_spelt_out(engine: Engine, question: str,
                                                            expanded: str) -> None:
    """ "KTT singkatan dari apa?" got the Islamic Solidarity Fund (its answer says "KTT"), and
    KTM was spelt out as the Council's old name; the fact sheet's terms are KTT = Konferensi
    Tingkat Tinggi, KTM = Konferensi Tingkat Menteri."""
    answer = engine.ask(question).answer
    assert expanded in answer, answer


@pytest.mark.parametrize(("question", "not_also"), [
    ("KTT OKI terakhir dimana? siapa yg mimpin?", "secretary_general"),
    ("ktt makkah 2019 bahas apa? siapa ketuanya", "summit_chair"),
    ("hissein taha itu siapa? dr negara mana", "oic_funding"),
    ("suriah dibekukan oki thn brp, trs balik lagi kapan", "egypt_suspension"),
    ("komite rohingya oki dibentuk kapan, siapa ketuanya", "summit_chair"),
    ("Kapan Indonesia jadi tuan rumah KTT LB OKI? Siapa yang memimpin?", "secretary_general"),
    # ("nya" written apart points back too: it got the list of every summit)
    ("kapan KTT OKI pertama diadakan? KTT nya di kota apa?", "summit_list"),
    # ("they" are the members asked about, not the OIC: it got Indonesia's membership)
    ("Which OIC members are in South America and when did they join?",
     "indonesia_membership"),
    # ("-nya" of what the OIC was asked whether it has: it got the OIC's old name)
    ("OKI punya pengadilan sendiri gak? namanya apa", "name_change"),
])
def test_a_later_question_naming_nothing_asks_about_what_the_first_named(
        engine: Engine, question: str, not_also: str) -> None:
    """Read alone, "siapa yg mimpin?" got today's Secretary-General beside the latest summit,
    "dr negara mana" where the OIC's money comes from beside Taha, "balik lagi kapan" Egypt's
    return beside Syria's suspension."""
    reply = engine.ask(question)
    assert not_also not in [r.intent for r in reply.also], reply.reason


@pytest.mark.parametrize(("question", "also"), [
    # (the current Secretary-General, by the entry on him or by his row)
    ("who was the first SG and who is the current one?", "secretary_general|sg_12"),
    ("bahasa resmi oki apa aja, terus lambangnya kayak gimana?", "oic_emblem"),
    # (now, after the start: read with "awalnya", then dropped as what the first answers)
    ("awalnya anggota oki brp trs skrg jd brp", "member_count"),
    ("how many members did the oic start with and how many now", "member_count"),
    # (a year of its own: not the newest again, nor the latest summit)
    ("Which is the newest OIC member, and who joined in 1969?", "member_list"),
    ("KTT OKI terbaru di mana dan siapa tuan rumah KTT tahun 2016?", "summits"),
    # (the seat of the head named first is the body's: read with "sekjen", it got the
    # Secretary-General again)
    ("Siapa sekjen OKI skrg dan markasnya dimana?", "headquarters"),
    ("Who is the OIC Secretary-General and where is his office?", "headquarters"),
    # (two counts asked alike are two: the members were dropped)
    ("How many observers and how many members does the OIC have?", "member_count"),
    # (the OIC's own head, after what it was asked to have counted)
    ("OKI punya berapa anggota? siapa sekjennya?", "secretary_general"),
])
def test_a_later_question_the_first_answer_does_not_cover_is_answered_alone(
        engine: Engine, question: str, also: str) -> None:
    """Read with the first question, "who is the current one" got the first Secretary-General
    again: what the first answer does not say is asked of the knowledge base alone."""
    assert set(also.split("|")) & {r.intent for r in engine.ask(question).also}


@pytest.mark.parametrize(("question", "then"), [
    ("where was the 12th islamic summit held? who was the secretary general at that time",
     "sg_9"),
    ("ktt oki ke-13 di mana? siapa sekjen saat itu?", "sg_10"),
    # ... or the event it named (it got the Egyptian Secretary-General of 1974, Mesir named)
    ("Kapan Mesir diskors dan siapa Sekjen OKI waktu itu?", "secretaries_general"),
])
def test_then_is_the_time_the_first_question_named(engine: Engine, question: str,
                                                   then: str) -> None:
    """ "... and who was Secretary-General then?" was read alone (who is it now) or not at
    all: "then" is the meeting the first question named."""
    assert [r.intent for r in engine.ask(question).also] == [then]
    # "then" may mean "in that case": read so when the time reading only repeats the first
    also = engine.ask("is india an oic member? and who are the observers then").also
    assert "observers" in [r.intent for r in also]


@pytest.mark.parametrize(("question", "intent"), [
    ("Sebut dan jelaskan prinsip-prinsip OKI!", "charter_principles"),
    ("oki brdiri thn brp y", "founding_date"),
    ("Bagaimana OKI menanggapi masalah Kashmir?", "kashmir"),
    ("Apa kritik para ahli terhadap OKI?", "oic_criticism"),
    ("tujuan oki apa aja sih buat tugas pkn", "oic_goals"),
    ("kenapa oki gak bisa nyelesain masalah palestina", "why_not_palestine"),
    # the organ asked for is the one electing (it got the General Secretariat), and the
    # session the one renaming (it got the Council of Foreign Ministers)
    ("Which organ of OIC choose who become the secretary general?", "sg_election"),
    # the name it was founded with (it got the founding states, then the founding date)
    ("What was the original name of the OIC when it was set up?", "name_change"),
    ("What was the OIC called when it was founded in 1969?", "name_change"),
    ("The name Organisation of Islamic Cooperation was adopted at which session of the "
     "Council of Foreign Ministers?", "name_change"),
])
def test_how_students_write_asks_nothing_by_itself(engine: Engine, question: str,
                                                   intent: str) -> None:
    """ "Sebut dan jelaskan ..." (the exam phrase), a trailing "y": words no example covers,
    which sank the right answer under the threshold."""
    assert engine.ask(question).intent == intent


def test_a_conjunction_opening_a_question_is_not_read_as_a_word_of_it(engine: Engine) -> None:
    """ "oki itu apa? trus sekjennya siapa?": "terus" (then) was taken for a typo of "terms",
    and the second answer was how many terms a Secretary-General may serve."""
    reply = engine.ask("oki itu apa? trus sekjennya siapa?")
    assert [r.intent for r in reply.also] == ["secretary_general"], reply.reason
    # nor anywhere else: a function word is a word, not a typo
    assert engine.ask("sekjen terus siapa").intent == "secretary_general"


@pytest.mark.parametrize("question", ["siprus turki itu anggota oki?",
                                      "negara siprus turki anggota oki?"])
def test_a_name_holding_two_countries_names_neither(engine: Engine, question: str) -> None:
    """ "Siprus Turki" (the Turkish Cypriot State, an observer since 1979) was read as Cyprus
    and Türkiye: "Siprus: bukan anggota, juga bukan negara pengamat; Turki: anggota"."""
    reply = engine.ask(question)
    assert reply.intent in ("turkish_cypriot_state", "observer_turkish_cypriot_state"), \
        reply.reason
    assert "pengamat" in reply.answer.split("\n")[0]


def test_a_country_written_another_way_reads_the_same_examples(engine: Engine) -> None:
    """The example "who chaired the CFM before Turkey" read no "... before Türkiye?", which
    listed the sessions held in Türkiye."""
    for name in ("Türkiye", "Turki", "Turkey"):
        assert engine.ask(f"who chaired the CFM before {name}?").intent == "cfm_chair"


@pytest.mark.parametrize("question", ["mesir pernah dikeluarin dr oki ya? knp",
                                      "uighur dibela oki gak? knp?"])
def test_a_follow_up_with_no_subject_asks_about_the_question_before(engine: Engine,
                                                                    question: str) -> None:
    """A "knp?" after a question got why the OIC was founded, answered beside it: a
    follow-up with no word of its own is read with the question before it."""
    reply = engine.ask(question)
    assert reply.kind == "answer", reply.reason
    assert all(r.intent != "founding_trigger" for r in (reply, *reply.also)), reply.reason


@pytest.mark.parametrize(("question", "code"), [("what is pakistan's role in the oic", "PK"),
                                               ("Malaysia’s role in the OIC?", "MY"),
                                               ("seperti apa kiprahnya turki di oki", "TR"),
                                               ("what is egypt's stake in the oic", "EG"),
                                               ("does turkey have clout in the oic", "TR"),
                                               ("apakah indonesia bisa memimpin oki", "ID"),
                                               # (got the population ranking, the Charter)
                                               ("what does pakistan do in the oic", "PK"),
                                               ("what does senegal do in the oic", "SN"),
                                               ("apa yang dilakukan turki di oki", "TR"),
                                               # (a link is a relation: it got the Kompasiana
                                               # author's view of the Ummah)
                                               ("whats the link between oic and palestine", "PS"),
                                               ("apa kaitan oki dengan palestina", "PS")])
def test_a_countrys_role_asked_with_a_possessive(engine: Engine, question: str, code: str
                                                 ) -> None:
    reply = engine.ask(question)
    assert (reply.kind, reply.country) == ("role", code), reply.reason


def test_a_warmed_engine_reads_no_answer_while_answering() -> None:
    """Warmed, the engine has read which words each entry's answer accounts for, so no
    learner's question waits for it."""
    from bot.settings import default_content_dir

    kb = load_content(default_content_dir())
    cold, warmed = Engine(kb), Engine(kb)
    warmed.warm()
    assert texts_read(warmed, WARM_QUESTION) <= WARM_READS < texts_read(cold, WARM_QUESTION)
    # ... nor for what the answers say is not so, read for a question asking which are not
    # (it read some sixty lines of answers on the first such question)
    assert texts_read(warmed, "negara yg bukan anggota oki siapa aja") <= WARM_READS



def test_an_engine_lent_what_an_edit_left_alone_reads_no_answer_once_warmed() -> None:
    """An engine built after an edit borrows the answers its predecessor read; warming still
    reads what the detail shown after a lead needs (a title's words were read on the first
    question, in a fresh clone's CI run, making its reads 7)."""
    from bot.settings import default_content_dir

    kb = load_content(default_content_dir())
    before = Engine(kb)
    before.ask(WARM_QUESTION)
    lent = Engine(kb, previous=before)
    lent.warm()
    assert texts_read(lent, WARM_QUESTION) <= WARM_READS


def test_an_example_naming_another_city_does_not_answer(engine: Engine) -> None:
    """"Apa isi Deklarasi Rabat?" once got the Jakarta Declaration through "isi deklarasi
    jakarta": our sources do not give the Rabat Declaration's text, so no answer."""
    assert engine.ask("apa isi deklarasi rabat").kind != "answer"
    assert engine.ask("apa isi deklarasi jakarta").entry == "jakarta_summit_2016"


@pytest.mark.parametrize(("question", "answered", "fact"), [
    ("In 2019 the OIC marked its 50th anniversary at a foreign ministers' meeting. Where was that "
     "meeting held?", "fiftieth_anniversary", "Abu Dhabi"),
    # "he", in a question of two parts (alone, "which country was he from" got the suspensions)
    ("Amadou Karim Gaye headed the OIC secretariat. Which country was he from, and in what "
     "years?", "sg_3", "Senegal"),
    ("Pada tahun 1974 Pakistan menjadi tuan rumah KTT Islam kedua. Di kota manakah KTT tersebut "
     "diadakan?", "summit_2", "Lahore"),
    # "it", "its", "he" after something the text names before the OIC (alone, they got
    # Indonesia's membership, the OIC's member count, its founding date, its headquarters)
    ("Guyana is in the OIC. When did it join?", "membership", "1998"),
    ("The Cairo summit of 2013: which number was it and what were its dates?", "summit_12",
     "6–7 February 2013"),
    # ... a label naming one meeting, then a question naming only its kind (alone: the Jakarta
    # summit's theme, today's Council chair, the summit chair)
    ("Putrajaya 2003: what was the summit's theme?", "summit_10", "Knowledge and Morality"),
    ("At the Nouakchott session, which country gave up the CFM chair?", "cfm_49", "Pakistan"),
    ("49th OIC foreign ministers meeting, who took over the chair there?", "cfm_49",
     "Mauritania"),
    # ... nor "it" after a label opening with a number (alone: where the OIC was founded)
    ("The 42nd meeting of OIC foreign ministers, in which city it was?", "cfm_42",
     "Kuwait City"),
    ("46th meeting of the OIC foreign ministers, it was in which city and when?", "cfm_46",
     "Abu Dhabi"),
    # ... and "then", after the one year the text names, is that year (alone: today's
    # Secretary-General; with all the words, an attack no entry knows)
    ("March 2019, New Zealand mosque attacks: who was the OIC Secretary-General then?",
     "sg_11", "Al-Othaimeen"),
    ("In 1985, the Iran-Iraq war was raging. Who was OIC Secretary-General at that time?",
     "sg_5", "Pirzada"),
    # ... and "it" after "about" is not the OIC named before it (alone: the Council of
    # Foreign Ministers, the OIC on Palestine)
    ("The Egyptian Gaza plan in 2025: what did the OIC foreign ministers say about it?",
     "gaza_reconstruction_plan", "Egypt's plan"),
    ("Rencana Mesir untuk Gaza 2025, apa sikap OKI terhadapnya?", "gaza_reconstruction_plan",
     "rencana Mesir"),
    ("Sec-Gen Taha, where he was born and what job he did before?", "sg_12", "Abéché"),
    ("COMSTECH is an OIC committee. Where is it based and who chairs it?", "body_comstech",
     "President of Pakistan"),
    # ... read with what the sentence before names, not all its words; "its" before "the
    # OIC" points elsewhere (alone: the standing committees)
    ("Thailand has a large Muslim minority in the south. What is its standing in the OIC and "
     "since when?", "membership", "observer state since 1998"),
    # ... and "-nya" (alone, "apa programnya" got the OIC-2025 programme)
    ("ICESCO berkedudukan di Kairo. Apa programnya?", "body_icesco", "Rabat"),
    # ... but after the OIC named first, "it" is the OIC
    ("The OIC was founded in 1969. Where is it based?", "headquarters", "Jeddah"),
    ("Since the OIC has its own army like the GCC's Peninsula Shield, how many troops does it "
     "have?", "oic_army", "not a military alliance"),
])
def test_what_a_question_points_at_is_read_from_the_text_before_it(
        engine: Engine, question: str, answered: str, fact: str) -> None:
    reply = engine.ask(question)
    assert (reply.entry or reply.intent, fact in reply.answer) == (answered, True), reply.reason


@pytest.mark.parametrize(("question", "answered"), [
    # "took" was a word no entry explained: the CFM's chair (Türkiye) was answered instead
    ("At the Banjul summit in May 2024, which country took over the OIC summit chairmanship? "
     "(a) The Gambia (b) Saudi Arabia (c) Azerbaijan (d) Türkiye", "summit_chair"),
    # the clause that asks has no subject of its own: alone, it was the OIC's own founding
    ("The Islamic Solidarity Fund, based in Jeddah, was set up in: (a) 1969 (b) 1974 (c) 1981 "
     "(d) 1990", "body_isf"),
    # how an item asks is no word of what it asks about ("t", "f", "except" were unexplained)
    # (its standing: "Yes. ... an observer state since 2005")
    ("T/F: Russia is an observer state of the OIC.", "membership"),
    ("B/S: Bahasa resmi OKI adalah bahasa Arab, Inggris, dan Prancis.", "official_languages"),
    ("All of the following are official languages of the OIC EXCEPT: (a) Arabic (b) English "
     "(c) French (d) Urdu", "official_languages"),
    # ... nor how it tells you to answer ("pick", "pilihlah" were unexplained)
    ("Pick the correct number of OIC member states: A) 22 B) 48 C) 57 D) 193", "member_count"),
    ("Pilihlah jumlah negara anggota OKI yang benar: A. 22 B. 48 C. 57 D. 193", "member_count"),
    ("Berikut ini merupakan komite tetap (standing committee) OKI, kecuali .... A. COMCEC "
     "B. COMSTECH C. COMIAC D. COMESA", "bodies"),
    # "ditangguhkan" (suspended) is how a textbook writes what the answer calls "dibekukan"
    ("Keanggotaan Afganistan di OKI ditangguhkan pada Januari 1980 karena .... A. intervensi "
     "militer Uni Soviet B. perang saudara C. revolusi D. sanksi PBB", "afghanistan_suspension"),
])
def test_exam_items_are_answered_about_what_they_name(engine: Engine, question: str,
                                                      answered: str) -> None:
    reply = engine.ask(question)
    assert answered in (reply.entry, reply.intent), reply.reason


def test_an_entry_s_title_asked_as_a_question_gets_that_entry(engine: Engine) -> None:
    """A title is what "See also" shows, and what a learner copies: "How was the UN envoy on
    Islamophobia appointed?" was refused as "about the UN", "Apa hasil KTT Arab-Islam di
    Riyadh, November 2024?" got the 2023 summit, "Apa saja peran Indonesia di OKI?" its
    standing. A button's text of a row or a country, not otherwise understood, opens it too
    ("The role of Indonesia in the OIC" offered itself again; it is one answer with the entry
    on Indonesia's roles, which its role names)."""
    reply = engine.ask("The role of Pakistan in the OIC")
    assert (reply.kind, reply.country) == ("role", "PK"), reply.reason
    reply = engine.ask("The role of Indonesia in the OIC")
    assert reply.kind in ("role", "answer") and "indonesia_roles" in {
        reply.entry, engine.answer_of(f"role:{reply.country}")}, reply.reason
    assert engine.ask("Islamic Summit chair: Türkiye (14 April 2016 – 31 May 2019)").entry == \
        "summit_chair_turkiye"
    # ... but one phrased as people ask is read as any question first
    assert engine.ask("Peran Indonesia di OKI").intent == "indonesia_roles"
    missed = set()
    for entry in engine.kb.entries.values():
        if entry.kind != "fact":
            continue
        for lang, title in entry.title.items():
            reply = engine.ask(title)
            if entry.id not in (reply.intent, engine.answer_of(reply.entry or "")):
                missed.add((entry.id, lang))
    assert missed == set()


@pytest.mark.parametrize(("question", "about", "meeting"), [
    ("Why did the OIC change its name at the 2008 Dakar summit?", "name_change", "summit_11"),
    ("Mengapa OKI berganti nama pada KTT Dakar tahun 2008?", "name_change", "summit_11"),
    ("Why was Egypt suspended at the Lahore summit in 1974?", "egypt_suspension", "summit_2"),
    ("Did the 12th summit in Cairo suspend Syria?", "syria_reinstated", "summit_12"),
    ("Benarkah Deklarasi Kairo disahkan pada KTT OKI di Kairo tahun 2013?",
     "cairo_declaration", "summit_12"),
    ("Why did the 51st CFM in Istanbul reinstate Syria?", "syria_reinstated", "cfm_51"),
    # ("expelled" is asked of a suspension: the OIC has never expelled a member)
    ("Was Syria expelled at the Istanbul summit in 2016?", "syria_reinstated", "summit_13"),
    # the words naming the meeting ("the 24th CFM") are the premise as a whole, not words the
    # entry on the name change leaves unexplained
    ("What did the 24th CFM in Jakarta decide about the OIC's name change?", "name_change",
     "cfm_24"),
])
def test_an_event_put_at_another_meeting_is_not_answered_with_that_meeting(
        engine: Engine, question: str, about: str, meeting: str) -> None:
    """The meeting's row said nothing of the event the question puts there, and was answered
    as if it did: the row of the Dakar summit for a name change made at Astana in 2011. The
    entry on the event comes first among the choices, the meeting after it."""
    reply = engine.ask(question)
    assert reply.kind == "suggest", reply.reason
    assert [link.entry for link in reply.suggestions][:2] == [about, meeting], reply.reason
    said = "happened at the " if reply.lang == "en" else "terjadi di "
    assert said + engine.tables.row_title(meeting, reply.lang) in reply.answer


@pytest.mark.parametrize(("claim", "about", "lead"), [
    ("True or False: The OIC changed its name at the Dakar summit in 2008.", "name_change",
     "Not at the 11th Islamic Summit (2008): according to our sources, at the 38th Session of "
     "the Council of Foreign Ministers (Astana, Kazakhstan)."),
    ("Nama OKI diganti di KTT Dakar 2008 ya?", "name_change", "Bukan di KTT Islam ke-11 "
     "(2008): menurut sumber kami, di Sidang ke-38 Dewan Menteri Luar Negeri OKI (Astana, "
     "Kazakhstan)."),
    ("The first OIC charter was adopted at the Rabat summit in 1969, right?", "charter_1972",
     "Not at the 1st Islamic Summit (1969): according to our sources, at the 3rd Session of the "
     "Council of Foreign Ministers (Jeddah, Saudi Arabia)."),
    # (... though the entry that says so scores low, the claimed meeting not named by it: it
    # got the Dakar summit's row, as if yes)
    ("Nama OKI berubah jadi Organisasi Kerja Sama Islam tahun 2008 di KTT Dakar kan?",
     "name_change", "Bukan di KTT Islam ke-11 (2008): menurut sumber kami, di Sidang ke-38"),
    ("The 2008 charter was adopted at the 10th summit in Putrajaya, correct?", "charter_2008",
     "Not at the 10th Islamic Summit (2003): according to our sources, at the 11th Islamic "
     "Summit (2008)."),
])
def test_a_claim_putting_a_deed_at_another_meeting_is_put_right(
        engine: Engine, claim: str, about: str, lead: str) -> None:
    """"The OIC changed its name at the Dakar summit in 2008, right?" was told our sources do
    not say so, and offered the name change: a claim is answered by the entry that names the
    one meeting where it happened, said not to be the one claimed."""
    reply = engine.ask(claim)
    assert (reply.kind, reply.entry) == ("answer", about), reply.reason
    assert reply.answer.startswith(lead)
    # (not an entry telling of two meetings by the first it names: Syria's suspension is no
    # readmission, of 2025)
    assert engine.ask("Syria was readmitted at the 2024 Banjul summit, correct?").kind \
        == "suggest"
    # (nor is the meeting's own record set aside for what the question leaves out: "Selain
    # ganti nama, apa lagi ...?" got the name change, now that its entry names the session)
    assert engine.ask("Selain ganti nama, apa lagi yang diputuskan di sidang menlu Astana "
                      "2011?").entry == "cfm_38"


def test_a_country_named_at_a_meeting_whose_row_does_not_name_it_is_not_that_row(
        engine: Engine) -> None:
    """"Why did the 2019 Makkah summit readmit Syria?": the 2019 summit's row says nothing of
    Syria (the 2012 Makkah summit's does); the entry on Syria answers, with when and where it
    was readmitted ("readmit" is "reinstated", the word the entry's title uses)."""
    reply = engine.ask("Why did the 2019 Makkah summit readmit Syria?")
    assert reply.entry == "syria_reinstated", reply.reason
    assert "7 March 2025" in reply.answer.split("\n")[0]


@pytest.mark.parametrize(("question", "row"), [
    ("sidang menlu oki di islamabad 2022 temanya apa", "cfm_48"),  # no entry is on themes
    ("pertemuan oki di nouakchott 2023 bahas apa", "cfm_49"),
    # the entry on Gaza is titled with what the OIC did, but names 2025 too: not elsewhere
    ("oki di istanbul 2025 ngapain?", "cfm_51"),
    # the meeting's own answer says what is put there (the Cairo Declaration's entry is
    # titled with "Declaration" too, and dated 1990)
    ("Which OIC summit adopted the Makkah Declaration in 2019?", "summit_14"),
    ("Siapa presiden Indonesia yang memimpin KTT Luar Biasa OKI 2016?", "extraordinary_summit_5"),
    # an office holder's row is no meeting an event could be put at (elected in 2020)
    ("Was Taha elected Secretary-General in 2021?", "sg_12"),
    # the name change is an entry's, but in 2011, as asked: the year is no false premise
    ("Siapa sekjen OKI waktu OKI ganti nama tahun 2011?", "sg_9"),
])
def test_a_meeting_asked_about_in_its_own_words_is_still_answered(
        engine: Engine, question: str, row: str) -> None:
    reply = engine.ask(question)
    assert (reply.kind, reply.intent) == ("answer", row), reply.reason


@pytest.mark.parametrize("question", [
    "oki tu organisasi pemerintah ato LSM sih",
    "Benar atau salah: OKI adalah organisasi non-pemerintah (NGO).",
    "OKI itu intergovernmental organization atau NGO sih?",
])
def test_asked_whether_the_oic_is_an_ngo_the_answer_says_what_it_is(
        engine: Engine, question: str) -> None:
    """These got the observer organisations ("can an NGO become an observer?"), which never
    says what the OIC itself is."""
    reply = engine.ask(question)
    assert reply.entry == "oic_nature", reply.reason
    assert "LSM" in split_lead(reply.answer)[0] or "NGO" in split_lead(reply.answer)[0]


def test_the_states_offered_as_observers_get_their_standings(engine: Engine) -> None:
    """"Negara berikut yang berstatus pengamat ... A. Thailand ..." got the observer
    organisations: "berstatus" asks for a standing."""
    reply = engine.ask("Negara berikut yang berstatus pengamat (observer) di OKI adalah ... "
                       "A. Thailand B. Rusia C. India D. Brasil")
    assert reply.kind == "membership" and "Thailand" in reply.answer, reply.reason


def test_a_person_an_entry_does_not_name_is_said_not_shown_as_its_lead(engine: Engine) -> None:
    """"Who designed the OIC emblem?" got what the emblem shows: its example "oki emblem
    design" shares the word, but no example of it asks who, and its answer names no designer.
    An entry written to answer who ("who initiated the oki") still answers."""
    reply = engine.ask("Who designed the OIC emblem?")
    assert reply.kind == "suggest", reply.reason
    assert reply.answer.startswith("Our sources do not say who that was.")
    assert [link.entry for link in reply.suggestions][:1] == ["oic_emblem"]
    assert engine.ask("siapa yg memprakarsai berdirinya oki").entry == "founders"
    assert engine.ask("siapa yang memimpin oki").entry == "secretary_general"
    # ... and one naming someone with their office, in other words ("named a Special Envoy":
    # Assistant Secretary-General Tarig Ali Bakheet)
    reply = engine.ask("whom OIC has appointed as special envoy for Afghanistan?")
    assert reply.entry == "afghanistan_since_2021", reply.reason
    # ... and "with whom" asks for a party, which a state may be: Egypt's peace with Israel
    reply = engine.ask("Perjanjian damai dengan siapa yang bikin Mesir dibekukan dari OKI?")
    assert reply.entry == "egypt_suspension" and "Israel" in reply.answer, reply.reason


@pytest.mark.parametrize("question", ["What did Hissein Brahim Taha study at university?",
                                      "Is Hissein Brahim Taha married?",
                                      "Siapa istri Sekjen OKI Hissein Brahim Taha?",
                                      # (today's Secretary-General, as if "still" asked it)
                                      "Is Tunku Abdul Rahman still alive?",
                                      "Is Yousef Al-Othaimeen dead?"])
def test_a_holder_s_life_beside_the_office_is_not_in_their_row(engine: Engine, question: str
                                                               ) -> None:
    """His row (or the entry on today's Secretary-General) answered, as if it said."""
    reply = engine.ask(question)
    assert reply.kind == "suggest", reply.reason
    assert reply.answer.startswith(("Our record of that person does not say that.",
                                    "Catatan kami tentang orang itu tidak menyebut"))


@pytest.mark.parametrize("question", ["what did ihsanoglu do as secretary general",
                                      "what did hamid algabid achieve",
                                      "apa prestasi ihsanoglu sebagai sekjen"])
def test_what_a_holder_did_in_office_is_not_their_row(engine: Engine, question: str) -> None:
    """His row (who held the office, and when) answered what he did, as if it said."""
    reply = engine.ask(question)
    assert reply.kind == "suggest", reply.reason
    assert reply.answer.startswith(("Our record of that person does not say that.",
                                    "Catatan kami tentang orang itu tidak menyebut"))
    # ("do" asks a deed only at the end or as, in or during something: not "what do you
    # know about ...", nor what was done before, which a row may tell)
    assert engine.ask("what do you know about ihsanoglu").entry == "sg_9"
    assert engine.ask("What did Taha do before becoming OIC Sec Gen?").entry == "sg_12"


def test_what_a_holder_said_or_whom_they_met_is_not_their_row(engine: Engine) -> None:
    """"Whom did Taha meet in Jakarta in August 2023?", "What did Laraki say about the OIC's
    money problems in 2000?" got their rows (who held the office, and when). Other verbs a
    row may answer ("after Madani resigned", "became")."""
    for question in ("Whom did Taha meet in Jakarta in August 2023?",
                     "What did Azeddine Laraki say about the OIC's money problems in 2000?"):
        reply = engine.ask(question)
        assert reply.answer.startswith("Our record of that person does not say that."), \
            reply.reason
    # ... nor where they went ("Berapa kali Taha berkunjung ke Gaza?" got his row), nor a
    # dismissal claimed (Tunku's row, "1971–1973", read as if it agreed)
    for question in ("Berapa kali Taha berkunjung ke Gaza?",
                     "Kenapa Tunku Abdul Rahman dipecat dari jabatan sekjen OKI tahun 1973?"):
        reply = engine.ask(question)
        assert reply.answer.startswith("Catatan kami tentang orang itu tidak menyebut"), \
            reply.reason
    # ... nor the row of the meeting named beside them, which says where and when it was
    reply = engine.ask("What did Taha say at the 51st CFM?")
    assert reply.answer.startswith("Our record of that person does not say that."), \
        reply.reason
    assert [link.entry for link in reply.suggestions][:1] == ["cfm_51"], reply.reason
    reply = engine.ask("Apa yang dikatakan Sekjen Taha di KTT Banjul?")
    assert reply.answer.startswith("Catatan kami tentang orang itu tidak menyebut"), reply.reason
    # ... with the verb before the question word ("mengeluh ... seperti apa?", each got the row)
    for question in ("Pada tahun 2000, Sekjen Laraki mengeluh soal anggaran OKI seperti apa?",
                     # ... in chat words ("ngeluh": it got Laraki's row)
                     "Pas tahun 2000 sekjen Laraki ngeluh soal anggaran apa"):
        reply = engine.ask(question)
        assert reply.answer.startswith("Catatan kami tentang orang itu tidak menyebut"), \
            reply.reason
    # ... though an entry telling what they said answers it (the one on Palestine: what Taha
    # said there of Palestine)
    reply = engine.ask("di ktt banjul 2024 sekjen oki ngomong apa soal palestina")
    assert reply.entry == "palestine" and "observatorium media" in reply.parts()[0], reply.reason
    # (the budget's card: Laraki's figure for the Secretariat's budget)
    reply = engine.ask("Pada tahun 2000, Sekjen Azeddine Laraki menyebut anggaran Sekretariat "
                       "OKI sekitar ....")
    assert reply.entry == "oic_budget" and "US$11 juta" in reply.parts()[0], reply.reason
    # ... nor what someone the meeting's row names said there (it got the summit's dates),
    # though what a meeting said is its outcome; where the row quotes their speech, it tells
    # (the 10th summit's row quotes Mahathir's opening speech: "Mahathir bilang apa soal Yahudi
    # di KTT OKI" was told our sources do not say so)
    reply = engine.ask("Apa yang diakui Mahathir tentang kondisi OKI saat membuka KTT "
                       "Putrajaya 2003?")
    assert reply.entry == "summit_10" and "mengakui kelemahan" in reply.answer, reply.reason
    reply = engine.ask("Mahathir bilang apa soal Yahudi di KTT OKI")
    assert reply.entry == "summit_10" and "Yahudi" in reply.answer, reply.reason
    # ... nor what a meeting said about a country its row does not name, though another
    # meeting in that city names it (the 2012 Makkah summit's row names Iran)
    reply = engine.ask("What did the Makkah summit 2019 say about Iran?")
    assert reply.answer.startswith("Our sources do not say that happened at the 14th"), \
        reply.reason
    reply = engine.ask("What did Mahathir say at the Putrajaya summit?")
    assert reply.entry == "summit_10" and "Jews rule the world by proxy" in reply.answer, \
        reply.reason
    assert engine.ask("What did the 20th extraordinary CFM say about the US idea of taking "
                      "over Gaza?").entry == "cfm_extraordinary_20"
    # ... and what was discussed there, its outcome, whoever chaired it
    assert engine.ask("What did King Salman discuss at the 2019 Makkah summit?"
                      ).entry == "summit_14"
    # ... and a meeting of ministers that met is no minister's deed
    assert engine.ask("The OIC's first foreign ministers' conference met in which city in "
                      "1970?").entry == "cfm_1"
    assert engine.ask("Where was the 51st CFM held?").entry == "cfm_51"
    assert engine.ask("Who became Secretary-General after Habib Chatty?").entry == "sg_5"
    assert engine.ask("Who took over as OIC Secretary-General after Iyad Madani resigned?"
                      ).entry == "sg_11"
    # ... but an entry explaining every word of it tells it (what Indonesia did lists it)
    reply = engine.ask("Kapan Presiden Jokowi bertemu Sekjen OKI Hissein Brahim Taha di "
                       "Jakarta?")
    assert reply.entry == "indonesia_role_recent", reply.reason


def test_a_figure_an_entry_does_not_give_is_said_not_shown_as_its_lead(engine: Engine) -> None:
    """"berapa lantai gedung baru markas oki" got when the headquarters opened: the entry
    says nothing of floors. Said, with the entry to open; a figure it gives is answered."""
    reply = engine.ask("berapa lantai gedung baru markas oki")
    assert reply.kind == "suggest", reply.reason
    # (said as what the bot could not find: a word it did not know, a typo, leads here too)
    assert reply.answer.startswith("Saya tidak menemukan angka itu di sumber kami.")
    assert [link.entry for link in reply.suggestions][:1] == ["new_headquarters"]
    assert engine.ask("brp jumlah prinsip OKI dlm piagam 1972?").intent == "charter_1972"
    assert engine.ask("How many members does the OIC have?").intent == "member_count"
    # ... and how many times it did something, when it counts that ("24 sidang": it was told
    # our sources give no figure)
    reply = engine.ask("Akademi fikih OKI di Jeddah sudah bersidang berapa kali?")
    assert reply.intent == "fiqh_academy" and "24 sidang" in reply.answer, reply.reason
    # ... nor a figure named as such, a salary (it got who the Secretary-General is)
    reply = engine.ask("What is Hissein Brahim Taha's salary?")
    assert reply.kind == "suggest" and "working_at_oic" in [
        link.entry for link in reply.suggestions], reply.reason
    # ... nor a figure asked of a country the answer never names (it gave the OIC's budget)
    reply = engine.ask("Berapa besar iuran tahunan Indonesia ke OKI?")
    assert reply.kind == "suggest" and "US$" not in reply.answer, reply.reason
    # ... nor how many of what meetings produce, by an entry that names them with no number
    # ("how are oic resolutions adopted": it got "decides by consensus"; "declarations", the
    # Cairo Declaration) ...
    for question in ("how many resolutions did the oic pass",
                     "how many declarations has the oic adopted"):
        reply = engine.ask(question)
        assert reply.kind == "suggest" and "consensus" not in reply.answer, reply.reason
    # ... while the entry with their number answers ("some 3,200 resolutions")
    reply = engine.ask("How many resolutions have OIC summits produced?")
    assert reply.intent == "resolutions_binding" and "3,200" in reply.answer, reply.reason


def test_a_figure_another_entry_gives_is_not_said_to_be_missing(engine: Engine) -> None:
    """"oic hq location + how many members" was told "I could not find that figure in our
    sources": the member count gives it. Not sure, with both to open."""
    reply = engine.ask("oic hq location + how many members")
    assert reply.kind == "suggest", reply.reason
    assert "could not find" not in reply.answer, reply.answer
    assert [link.entry for link in reply.suggestions][:2] == ["headquarters", "member_count"]


def test_the_members_joining_in_a_year_do_not_answer_for_the_observers(engine: Engine) -> None:
    """"Which country became an OIC observer in 1996?" got the members listed as joining in
    1996 (Suriname, Uzbekistan); the observers' table has the Central African Republic."""
    reply = engine.ask("Which country became an OIC observer in 1996?")
    assert reply.entry == "observer_central_african_republic", reply.reason
    assert engine.ask("which countries joined the oic in 1974").intent == "member_list"


def test_a_comparison_with_an_organisation_no_entry_covers_says_so_first(
        engine: Engine) -> None:
    """"Which has more members, the OIC or the Non-Aligned Movement?" got the OIC's member
    list as if it settled the question."""
    reply = engine.ask("Which has more members, the OIC or the Non-Aligned Movement?")
    assert split_lead(reply.answer)[0].startswith(
        "Our sources do not compare the OIC with the Non-Aligned Movement."), reply.answer
    # an organisation an entry compares with the OIC is compared, and never said not to be
    assert engine.ask("Is the OIC bigger than the Arab League?").intent == "vs_arab_league"
    # (which is more powerful: it got whether the OIC is effective, the Arab League unsaid)
    assert engine.ask("Which is more powerful, the OIC or the Arab League?").intent == \
        "vs_arab_league"
    reply = engine.ask("Which has more members, the OIC or the Arab League?")
    assert "do not compare" not in reply.answer, reply.answer
    assert reply.intent == "vs_arab_league", reply.reason  # (it got the OIC's member list)


def test_a_comparison_before_a_comma_is_still_one(engine: Engine) -> None:
    """"Kalau OKI vs ASEAN, mana yang ...": the clause after the comma named no organisation,
    and the ASEAN states in the OIC answered as if they settled it."""
    answer = engine.ask("Kalau OKI vs ASEAN, mana yang anggotanya lebih banyak?").answer
    assert answer.startswith("Sumber kami tidak membandingkan OKI dengan ASEAN."), answer


def test_a_comparison_no_entry_covers_is_not_answered_with_another_organisation(
        engine: Engine) -> None:
    """"Mana yang lebih tua, OKI atau ASEAN?" got the Arab League's age beside the OIC's."""
    reply = engine.ask("Mana yang lebih tua, OKI atau ASEAN?")
    assert "Liga Arab" not in reply.answer and reply.intent != "vs_arab_league", reply.answer


def test_a_difference_asked_of_entries_that_do_not_compare_says_so_first(
        engine: Engine) -> None:
    """"Apa bedanya OKI dan Uni Eropa?" got the 2015 memorandum with the EU, and "Apa bedanya
    OKI dan ASEAN?" the OIC's members in ASEAN, each as if it were the difference."""
    for question, org in (("Apa bedanya OKI dan Uni Eropa?", "Uni Eropa"),
                          ("Difference between the OIC and ASEAN?", "ASEAN")):
        reply = engine.ask(question)
        assert org in split_lead(reply.answer)[0], reply.answer
        assert "do not compare" in reply.answer or "tidak membandingkan" in reply.answer
    # how they work together is no difference asked
    reply = engine.ask("How does the OIC cooperate with the EU?")
    assert reply.intent == "eu_relations" and "do not compare" not in reply.answer
    # ... nor is one between an OIC body and another organisation a difference with the OIC
    assert "membandingkan" not in engine.ask("apa beda icesco dan unesco").answer


def test_the_oic_likened_to_an_organisation_no_entry_compares_says_so_first(
        engine: Engine) -> None:
    """"is the OIC like ASEAN?" got the OIC's members in ASEAN as if that compared them; an
    organisation an example likens the OIC to is compared ("is the oic like nato")."""
    for question in ("is the OIC like ASEAN?", "OIC vs ASEAN - which has more members?"):
        reply = engine.ask(question)
        assert split_lead(reply.answer)[0].startswith(
            "Our sources do not compare the OIC with ASEAN."), reply.answer
    reply = engine.ask("is the oic like nato")
    assert reply.intent == "oic_army" and "do not compare" not in reply.answer


@pytest.mark.parametrize("question", ["Berapa negara pengamat OKI yang ada di benua Afrika?",
                                      "Ada negara pengamat OKI di benua Amerika gak?",
                                      "Are there OIC observers in the Americas?"])
def test_observers_asked_of_are_never_answered_by_an_answer_about_members(
        engine: Engine, question: str) -> None:
    """"Berapa negara pengamat OKI yang ada di benua Afrika?" got the members' four
    continents; the observers' entry is offered."""
    reply = engine.ask(question)
    assert reply.kind == "suggest" and "observers" in [
        link.entry for link in reply.suggestions], (reply.answer, reply.suggestions)


@pytest.mark.parametrize(("question", "fact"), [
    ("Mengapa OKI membubarkan COMCEC?", "komite tetap"),
    ("Kenapa SESRIC dipindah dari Ankara ke Istanbul?", "berkedudukan di Ankara"),
    ("Kenapa ICESCO keluar dari OKI?", "lembaga khusus"),
    ("Why was IRCICA closed down?", "Istanbul"),
    ("Kenapa OKI menutup kantornya di Kabul?", "kantornya di Kabul"),
    # ... or was frozen, or went bankrupt
    ("Kenapa Komisi HAM OKI (IPHRC) dibekukan tahun 2019?", "Jeddah"),
    ("Kenapa Bank Pembangunan Islam bangkrut tahun 2010?", "Jeddah"),
])
def test_why_a_body_ended_or_moved_is_said_unrecorded_before_its_record(
        engine: Engine, question: str, fact: str) -> None:
    """"Mengapa OKI membubarkan COMCEC?" got the committee's record alone, as if it
    explained why."""
    reply = engine.ask(question)
    first, rest = reply.answer.split("\n", 1)
    assert first.startswith(("Sumber jawaban ini tidak menyebut peristiwa itu",
                             "The sources of this answer do not mention that event")) \
        and fact in rest, reply.answer


@pytest.mark.parametrize(("question", "fact"), [
    # (the answer tells of it: "tidak bubar"; and leaving is said of leaving something)
    ("Kenapa OKI bubar?", "tidak bubar"),
    ("Kenapa Zanzibar keluar dari OKI?", "Zanzibar"),
    ("Why did the OIC leave it to The Gambia to sue Myanmar?", "The Gambia filed a case"),
    # (asked when, the question may name a move the record leaves out)
    ("IPHRC pindah ke kantor sendiri tahun brp", "IPHRC"),
    # (a row's note telling the move: it was said first not to record it)
    ("Mengapa KTT LB OKI 2016 dipindah ke Jakarta?", "atas permintaan Presiden Palestina"),
])
def test_an_end_the_answer_tells_of_or_not_asked_why_is_answered_as_it_is(
        engine: Engine, question: str, fact: str) -> None:
    reply = engine.ask(question)
    assert reply.kind == "answer" and fact in reply.answer and not any(
        said in reply.answer for said in ("tidak menyebut peristiwa", "not mention that event")
    ), reply.answer


@pytest.mark.parametrize(("question", "fact", "said"), [
    ("Perlu gak sih OKI punya tentara sendiri?", "bukan aliansi militer", "soal pendapat"),
    ("Should Indonesia leave the OIC?", "do not record Indonesia leaving", "matter of opinion"),
    ("Haruskah OKI membubarkan diri?", "berganti nama", "soal pendapat"),
    ("Apa perlu OKI punya tentara sendiri?", "bukan aliansi militer", "soal pendapat"),
    ("Menurutmu OKI perlu punya pasukan militer bersama gak?", "bukan aliansi militer",
     "soal pendapat"),
    # ("perlu" in a question opened by "apakah": it got "No, the OIC was not dissolved")
    ("apakah OKI perlu dibubarkan?", "tidak bubar", "soal pendapat"),
    # ("saja" asks only in "apa saja")
    ("Menurutmu OKI sebaiknya dibubarkan saja gak?", "kurang efektif", "soal pendapat"),
])
def test_what_ought_to_be_is_said_to_be_opinion_before_the_facts(
        engine: Engine, question: str, fact: str, said: str) -> None:
    """"Should Indonesia leave the OIC?" got "No." (its record notes no leaving), as if the
    sources settled what ought to be."""
    reply = engine.ask(question)
    first, rest = reply.answer.split("\n", 1)
    assert said in first and fact in rest and not rest.startswith(("No.", "Tidak")), reply.answer


@pytest.mark.parametrize("question", ["Does the OIC have an army?", "Apakah OKI punya tentara?",
                                      "Why should Indonesia join the OIC?",
                                      "What should be changed in OIC?",
                                      # (a rule the answer states: the dues are mandatory)
                                      "Haruskah negara anggota OKI bayar iuran?"])
def test_what_is_asked_with_no_ought_is_answered_as_it_is(engine: Engine, question: str
                                                          ) -> None:
    reply = engine.ask(question)
    assert reply.kind == "answer" and "opinion" not in reply.answer \
        and "pendapat" not in reply.answer.split("\n")[0], reply.answer


def test_which_came_first_of_the_oic_and_an_organisation_no_entry_dates_says_so_first(
        engine: Engine) -> None:
    """"Mana yang lebih dulu, OKI atau ASEAN?" got the OIC's members in ASEAN, as if that
    said which was founded first."""
    reply = engine.ask("Mana yang lebih dulu, OKI atau ASEAN?")
    assert split_lead(reply.answer)[0].startswith(
        "Sumber kami tidak membandingkan OKI dengan ASEAN."), reply.answer
    # an organisation an entry dates is compared ("The Arab League is also older (1945)")
    reply = engine.ask("Which is older, OIC or Arab League?")
    assert reply.intent == "vs_arab_league" and "do not compare" not in reply.answer


def test_an_example_naming_another_year_answers_less_surely(engine: Engine) -> None:
    """"Why did the 2024 Riyadh summit reject an arms embargo on Israel?" got the 2023 summit
    through the example "2023 riyadh ktt arms embargo on israel". A year a claim makes picks
    nothing ("Benarkah Al-Aqsa dibakar tanggal 21 Agustus 1970?": the 1969 arson)."""
    reply = engine.ask("Why did the 2024 Riyadh summit reject an arms embargo on Israel?")
    assert reply.intent == "arab_islamic_summit_2024", reply.reason
    assert engine.ask("Benarkah Al-Aqsa dibakar tanggal 21 Agustus 1970?").intent == \
        "founding_trigger"
    # ... and one naming another place and another year, less surely still: a claim about the
    # 2025 Doha summit got the 2024 Riyadh one ("did the 2024 riyadh summit call for an arms
    # embargo on israel"); its own row says our sources do not tell of it
    reply = engine.ask("The 2025 Doha summit called for an arms embargo on Israel, right?")
    assert reply.intent is None and "2024" not in reply.answer, reply.reason
    assert [link.entry for link in reply.suggestions] == ["joint_summit_2025"]


def test_which_city_is_said_by_an_answer_naming_a_place(engine: Engine) -> None:
    """"... in which city the Arab foreign ministers was meeting?" got the headquarters: the
    entry telling of the Cairo meeting left "city" unexplained, though it names the city."""
    reply = engine.ask("Few days after the Al-Aqsa burning, in which city the Arab foreign "
                       "ministers was meeting?")
    assert reply.intent == "rabat_summit" and "Cairo" in split_lead(reply.answer)[0], \
        reply.reason


@pytest.mark.parametrize(("question", "entry"), [
    ("Apakah Mesir pernah keluar dari OKI?", "suspensions"),  # Egypt's suspension
    # ... and its return (it got Egypt's standing, "listed as joining in 1969")
    ("what year did egypt rejoin oki", "egypt_suspension"),
    ("kapan mesir bergabung kembali ke oki", "egypt_suspension"),
    # a confusion named: Zimbabwe never was a member (it got "Yes, briefly", of Zanzibar)
    ("In what year did Zimbabwe withdraw from the OIC?", "zimbabwe_never_member"),
    ("Was Zimbabwe ever an OIC member?", "zimbabwe_never_member"),
    ("which country withdrew from the OIC in 1993?", "zanzibar"),
    # ... and Zanzibar is not Zimbabwe, whose entry names it ("No. Zimbabwe is not listed")
    ("wait, zanzibar was once in the OIC?? explain", "zanzibar"),
    ("Kenapa Rusia mundur dari status pengamat OKI?", "observer_russia"),  # not a member
])
def test_leaving_is_told_by_the_entry_that_says_more_than_a_standing(
        engine: Engine, question: str, entry: str) -> None:
    """Leaving words make a member's standing answer "it has not left"; an entry naming the
    country and what it went through says more, and a country not a member left nothing."""
    reply = engine.ask(question)
    assert entry in (reply.intent, reply.entry), reply.reason


def test_the_foreign_ministers_chair_is_not_the_summit_chair(engine: Engine) -> None:
    """"right now, which state holds the CFM chairmanship?" led with the summit chair."""
    for question in ("right now, which state holds the CFM chairmanship?",
                     "who chairs the CFM right now"):
        assert engine.ask(question).entry == "cfm_chair"


def test_the_programme_after_oic_2025_is_not_the_one_before(engine: Engine) -> None:
    """"Setelah OKI-2025 selesai, program aksi berikutnya ..." got the Ten-Year Programme,
    the one before it."""
    reply = engine.ask("Setelah OKI-2025 selesai, program aksi berikutnya buat periode tahun "
                       "berapa?")
    assert reply.entry == "oic_2025" and "2026–2035" in reply.answer.splitlines()[0]
    assert engine.ask("program aksi OKI sebelum OIC-2025 apa").entry == "typoa"


@pytest.mark.parametrize("question", ["Is ASEAN an observer at the OIC?",
                                      "apakah ASEAN pengamat di OKI"])
def test_an_organisation_asked_as_an_observer_gets_the_observer_organisations(
        engine: Engine, question: str) -> None:
    """It got the ASEAN countries that are members, which does not say."""
    assert engine.ask(question).entry == "observer_organisations"


@pytest.mark.parametrize("question", ["OIC or Arab League, which has more members?",
                                      "OKI atau Liga Arab, mana yang anggotanya lebih banyak?"])
def test_a_choice_opening_the_question_is_part_of_it(engine: Engine, question: str) -> None:
    """"OIC or Arab League, which has more members?": read without the choice before the
    comma, the question got the OIC's member list."""
    assert engine.ask(question).intent == "vs_arab_league"


@pytest.mark.parametrize(("question", "entry", "said"), [
    ("Which Iranian president attended the November 2023 Riyadh summit?",
     "arab_islamic_summit_2023", "Raisi"),
    ("Presiden Iran siapa yang datang ke KTT Riyadh 2023?", "arab_islamic_summit_2023", "Raisi"),
    ("Was Iran on the preparatory committee for the 1969 Rabat summit?", "rabat_summit", "Iran"),
])
def test_a_country_named_at_one_of_the_oic_s_meetings_finds_what_says_it(
        engine: Engine, question: str, entry: str, said: str) -> None:
    """A country named without the OIC limits the answers to those whose examples name it
    ("berapa penduduk Indonesia" is about the country); naming one of the OIC's meetings by
    its kind and place or year, the question is the OIC's, and an entry whose answer names the
    country answers (they had got "not sure")."""
    reply = engine.ask(question)
    assert reply.entry == entry, reply.reason
    assert said in split_lead(reply.answer)[0], reply.answer


@pytest.mark.parametrize(("question", "row", "said"), [
    ("Who chaired the OIC summit that adopted the revised Charter?", "summit_11", "Wade"),
    ("Who chaired the summit that adopted the OIC-2025 Programme of Action?", "summit_13",
     "Erdoğan"),
])
def test_who_chaired_the_meeting_an_entry_names_is_its_row_s_chair(
        engine: Engine, question: str, row: str, said: str) -> None:
    """The entry on the revised Charter names the summit that adopted it, not its chair: "our
    sources do not say who that was" was false, the summit's row says it."""
    reply = engine.ask(question)
    assert reply.entry == row, reply.reason
    assert said in split_lead(reply.answer)[0], reply.answer


def test_a_meeting_an_entry_names_for_another_event_is_not_the_one_asked(
        engine: Engine) -> None:
    """The entry on Egypt's suspension names the Casablanca summit that invited it back: not
    the meeting that suspended it."""
    for question in ("Who chaired the summit that suspended Egypt?",
                     "Who chaired the OIC summit that suspended Egypt in 1979?"):
        assert engine.ask(question).entry != "summit_4", question


@pytest.mark.parametrize("question", [
    "In which year did the Organisation of the Islamic Conference become the Organisation of "
    "Islamic Cooperation?",
    "Organisasi Konferensi Islam menjadi Organisasi Kerja Sama Islam tahun berapa?",
    # (by the day: "jadi ... tanggal berapa" read as "hari jadi", the founding date)
    "organisasi konferensi islam jadi organisasi kerjasama islam tuh resminya tgl berapa",
    "What exact day did the Organization of the Islamic Conference become the Organization of "
    "Islamic Cooperation?",  # (by "day", "the exact date the OIC was founded")
])
def test_the_old_name_becoming_the_new_one_is_the_name_change(engine: Engine,
                                                              question: str) -> None:
    """Both names read as the OIC, so the question read "when did the OIC become the OIC" and
    got when Indonesia became a member."""
    assert engine.ask(question).intent == "name_change"


@pytest.mark.parametrize(("question", "one", "arabic"), [
    ("is OCI the same organisation as the OIC?", "One body", "Arabic:"),
    ("apakah oki sama dengan oic", "Satu organisasi", "Arab:"),
])
def test_the_names_say_they_are_one_body_and_all_four_show(engine: Engine, question: str,
                                                           one: str, arabic: str) -> None:
    """"Is OCI the same as the OIC?" got "The organisation's name in four languages", which
    never says yes, and the English view folded the Arabic name behind "More"."""
    shown = split_lead(engine.ask(question).answer)[0]
    assert shown.startswith(one) and arabic in shown, shown


def test_sebutkan_is_not_sebutan(engine: Engine) -> None:
    """"Sebutkan tiga bahasa resmi OKI" (name the three official languages) matched
    "sebutan oki dalam bahasa ..." (what the OIC is called) and got its names."""
    reply = engine.ask("Sebutkan tiga bahasa resmi yang digunakan dalam OKI!")
    assert reply.intent == "official_languages", reply.reason


@pytest.mark.parametrize("question", ["anggota oki dari asia",
                                      "True or false: all OIC observer states are in Asia."])
def test_asia_is_not_southeast_asia(engine: Engine, question: str) -> None:
    """"Anggota OKI dari Asia" matched "anggota oki dari asia tenggara" and was told ASEAN's
    three members, as if Asia had three; Southeast Asia still gets them."""
    assert engine.ask(question).intent != "asean_members"
    assert engine.ask("negara asia tenggara anggota oki").intent == "asean_members"


def test_the_coalition_said_to_be_the_oics_is_told_it_is_not_on_a_phone(engine: Engine) -> None:
    """"Koalisi militer ... di Riyadh itu bagian dari OKI kan" got the coalition's founding,
    with "not part of the OIC" folded behind "More"."""
    reply = engine.ask("koalisi militer islam anti teror yg di riyadh itu bagian dari oki kan")
    assert "bukan bagian dari OKI" in split_lead(reply.answer)[0], reply.answer


@pytest.mark.parametrize(("question", "intent"), [
    ("Name the OIC's official languages.", "official_languages"),
    ("Name the person currently heading the OIC General Secretariat.", "sg_12"),
])
def test_to_name_is_to_list_not_the_oics_names(engine: Engine, question: str,
                                               intent: str) -> None:
    """"Name the OIC's official languages" got the OIC's names "in four languages"."""
    reply = engine.ask(question)
    assert reply.intent == intent, reply.reason


def test_an_option_naming_the_turkish_cypriot_state_is_not_turkiye(engine: Engine) -> None:
    """Among a multiple-choice item's options, "Turkish Cypriot State" was read as Türkiye
    ("Türkiye: a member"), so no option looked like the observer it is."""
    reply = engine.ask("Which of these is NOT an observer in the OIC? a) Russia b) Bosnia and "
                       "Herzegovina c) the Philippines d) Turkish Cypriot State")
    assert "Türkiye" not in reply.answer, reply.answer


def test_a_clause_pointing_back_is_read_with_what_it_points_at(engine: Engine) -> None:
    """"..., what was his name?" got the OIC's old name, and "...; what is the third?" a
    two-thirds majority: each clause alone was answered as if it asked about those."""
    languages = engine.ask("Arabic and English are OIC official languages; what is the third?")
    assert languages.intent == "official_languages", languages.reason
    arsonist = engine.ask("the al aqsa fire was started by an israeli soldier right, what was "
                          "his name")
    assert arsonist.intent != "name_change", arsonist.reason


@pytest.mark.parametrize(("statement", "entry", "opens"), [
    ("OKI didirikan di Kairo.", "founding_date", "Sumber jawaban ini tidak menyebut Kairo."),
    # ... with no full stop, said where it was done (the Cairo Declaration again)
    ("OKI didirikan di Kairo", "founding_date", "Sumber jawaban ini tidak menyebut Kairo."),
    ("oic founded in cairo", "founding_date", "The sources of this answer do not mention Cairo."),
    ("The new OIC charter was signed in Cairo in 2008 by all members.", "charter_2008",
     "The sources of this answer do not mention Cairo."),
    ("Sekjen OKI dipilih setiap 3 tahun sekali.", "sg_election",
     "Sumber jawaban ini tidak menyebut 3."),
    # (a country named beside the city names no entry titled by it: this got Egypt's
    # suspension, "not at the 1st summit: at the 4th")
    ("Bu guru bilang OKI lahir di Kairo Mesir, bener ga sih?", "founding_date",
     "Sumber jawaban ini tidak menyebut Kairo."),
])
def test_a_statement_is_checked_like_a_question(engine: Engine, statement: str, entry: str,
                                                opens: str) -> None:
    """A claim written as a statement ("OKI didirikan di Kairo.") got the entry naming its
    place, the Cairo Declaration, with the claim left standing."""
    reply = engine.ask(statement)
    assert reply.entry == entry, reply.reason
    assert reply.answer.startswith(opens), reply.answer


def test_a_place_to_fill_in_is_not_a_statement(engine: Engine) -> None:
    """"sidang pertama iphrc diadakan di kota": which city is asked (read as a claim, it got
    the General Secretariat as the earliest body)."""
    assert engine.ask("sidang pertama iphrc diadakan di kota").entry == "body_iphrc"


def test_a_blank_to_fill_is_not_a_statement(engine: Engine) -> None:
    """(read as a claim, it got the first Secretary-General of all, then the Saudi ones)"""
    reply = engine.ask("Sekretaris Jenderal OKI pertama yang berasal dari Arab Saudi adalah .... "
                       "A. Iyad Ameen Madani B. Yousef Al-Othaimeen C. Hamid Algabid D. Habib "
                       "Chatty")
    assert reply.entry == "sg_10", reply.reason


@pytest.mark.parametrize("question", [
    "Selain negara, PBB dan Uni Afrika juga ikut jadi pengamat di OKI ya? Tahun berapa?",
    "Selain negara, siapa lagi pengamat OKI?",
])
def test_a_question_asking_all_its_words_away_is_still_answered(engine: Engine,
                                                                question: str) -> None:
    """Everything in the first clause was asked away ("selain negara"): no words were left,
    and the engine raised IndexError instead of answering."""
    reply = engine.ask(question)
    assert reply.kind == "answer" and "PBB" in reply.answer, reply.reason


@pytest.mark.parametrize(("question", "entry"), [
    ("Kalau digambar bagan struktur OKI, badan apa yang paling tinggi kedudukannya?",
     "islamic_summit"),
    ("Jelaskan faktor-faktor yang menghambat efektivitas OKI!", "oic_challenges"),
])
def test_school_questions_in_their_own_words_are_answered(engine: Engine, question: str,
                                                          entry: str) -> None:
    # (both were only offered: "kedudukannya", "efektivitas" were words no example had)
    assert engine.ask(question).intent == entry


@pytest.mark.parametrize("question", ["Total number of member countries of OIC as of 2025?",
                                      "total members oic 2025"])
def test_the_total_of_members_is_their_count_not_their_population(engine: Engine,
                                                                   question: str) -> None:
    # (both got "more than 2 billion people")
    reply = engine.ask(question)
    assert reply.intent == "member_count" and "57" in split_lead(reply.answer)[0]


@pytest.mark.parametrize("question", ["Dewan Menteri Luar Negeri OKI dulunya bernama apa?",
                                      "Apa nama lama Dewan Menteri Luar Negeri OKI?"])
def test_the_former_name_of_an_organ_is_not_the_oic_s(engine: Engine, question: str) -> None:
    # (both got the OIC's own change of name, in 2011)
    reply = engine.ask(question)
    assert reply.intent == "cfm" and "ICFM" in reply.parts()[0]


def test_a_year_asked_with_berapa_is_no_figure_the_sources_lack(engine: Engine) -> None:
    # (it was told "Sumber kami tidak memberi angka itu", though 1969 is in the answer, and
    # the king's country was left wrong)
    reply = engine.ask("Raja Faisal dari Yordania dan Raja Hassan II dari Maroko mendirikan OKI "
                       "tahun berapa?")
    assert reply.intent == "founders" and "Arab Saudi" in split_lead(reply.answer)[0]


def test_the_host_s_prime_minister_is_the_person_its_row_names(engine: Engine) -> None:
    # ("catatan ini tidak menyebut orang yang Anda tanyakan", though the row says Mahathir)
    reply = engine.ask("Siapa PM yang jadi tuan rumah KTT OKI ke-10?")
    assert reply.intent == "summit_10" and "Mahathir" in split_lead(reply.answer)[0]


def test_the_assistant_secretaries_general_are_not_the_secretary_general(
        engine: Engine) -> None:
    # (it got Taha, whom no source calls an assistant)
    assert "Taha" not in engine.ask("Who are the OIC's Assistant Secretaries-General today?"
                                    ).answer


def test_ordinary_muslims_are_no_ordinary_summit(engine: Engine) -> None:
    # ("What's the point of the OIC for ordinary Muslims?" got what the Islamic Summit is)
    reply = engine.ask("What's the point of the OIC for ordinary Muslims?")
    assert reply.kind == "answer" and reply.intent != "islamic_summit", reply.reason


def test_a_later_question_a_row_answers_by_its_field_is_not_asked_alone(
        engine: Engine) -> None:
    """"... dan menghasilkan deklarasi apa?": the Banjul summit's row says its declaration,
    though not with "menghasilkan"; asked alone, it got the Jakarta Declaration (2016). The
    host, asked first, stays first."""
    reply = engine.ask("Tuan rumah KTT OKI terbaru siapa dan menghasilkan deklarasi apa?")
    assert reply.intent == "summit_15" and reply.also == (), reply.reason
    assert "Deklarasi Banjul" in reply.answer
    assert split_lead(reply.answer)[0].startswith("KTT Islam ke-15 diadakan di Banjul")


@pytest.mark.parametrize(("question", "intent"), [
    ("who made the OIC?", "founders"), ("siapa yang membuat OKI", "founders"),
    ("kapan OKI dibuat", "founding_date")])
def test_made_asks_who_founded_it_and_when(engine: Engine, question: str, intent: str) -> None:
    """"Made" is how learners say founded: it got the reforms the OIC has made, and the
    arson that set off its founding (dated August 1969, not its founding)."""
    assert engine.ask(question).intent == intent


@pytest.mark.parametrize("question", [
    "Berapa anggota OKI saat didirikan?", "Berapa anggota OKI ketika pertama berdiri?",
    "How many members when the OIC was set up?",
    # ("terdiri", to consist of, shares the root of "berdiri", to be founded)
    "waktu OKI berdiri anggotanya ada berapa"])
def test_the_count_at_the_founding_is_not_todays(engine: Engine, question: str) -> None:
    """It got today's 57; the founders' count (on which sources differ) answers."""
    reply = engine.ask(question)
    assert reply.intent == "founding_members"
    assert "57" not in reply.answer.split("\n")[0]


def test_why_a_country_wants_in_is_what_members_gain(engine: Engine) -> None:
    """It got the Christian-majority members, whose example "why would a Christian-majority
    country be in the OIC" shares all but two words."""
    reply = engine.ask("Why would a country want to be in the OIC? What does it gain?")
    assert reply.intent == "oic_benefits", reply.reason


def test_re_of_re_elected_is_no_word_left_unexplained(engine: Engine) -> None:
    """"re" (of "re-elected") was a word İhsanoğlu's row left unexplained: told "not sure"."""
    reply = engine.ask("Which summit re-elected Ihsanoglu as Secretary-General?")
    assert reply.entry == "sg_9" and "re-elected at the 11th summit" in reply.answer


def test_how_the_oic_is_organised_is_its_organs_not_its_charter_s_chapters(
        engine: Engine) -> None:
    """"Outline how the OIC is organised" got the 2008 Charter's 39 articles in 18 chapters."""
    reply = engine.ask("Outline how the OIC is organised, from the Summit down to the "
                       "Secretariat.")
    assert reply.intent == "main_organs", reply.reason


@pytest.mark.parametrize("question", [
    "The OIC-2025 programme was adopted at a summit with what theme?",
    "Program Aksi OKI-2025 disahkan di KTT yang bertema apa?"])
def test_the_theme_of_the_meeting_an_entry_names_is_its_row_s(engine: Engine, question: str
                                                              ) -> None:
    """It got the programme's entry, which names the 13th summit but not its theme."""
    reply = engine.ask(question)
    assert reply.entry == "summit_13", reply.reason
    assert "Unity and Solidarity for Justice and Peace" in reply.answer.split("\n")[0]


@pytest.mark.parametrize("question", ["Siapa Sekjen OKI yang menjabat dua periode empat tahun?",
                                      "Which Secretary-General served two four-year terms?"])
def test_who_served_two_terms_is_the_one_whose_record_says_so(engine: Engine, question: str
                                                               ) -> None:
    """It got how Secretaries-General are elected, which names no one (then the term's entry,
    naming him; now his own record, the only one saying "two four-year terms")."""
    reply = engine.ask(question)
    assert reply.entry == "sg_6" and "Algabid" in reply.answer.split("\n")[0], reply.reason


@pytest.mark.parametrize(("question", "answered"), [
    ("Did Malaysia sign the 1972 OIC Charter?", False),  # (it got the Charter's adoption)
    # an answer listing countries says no by leaving one out
    ("Is Nigeria a Christian-majority member of the OIC?", True),
])
def test_a_yes_or_no_asked_of_a_country_the_answer_never_names(engine: Engine, question: str,
                                                               answered: bool) -> None:
    assert (engine.ask(question).kind == "answer") is answered


def test_a_country_the_answer_never_names_gets_the_entry_naming_it_offered(
        engine: Engine) -> None:
    """"India has one of the largest Muslim populations - so why isn't it an OIC member?" got
    which member has the most Muslims (Indonesia), India unexplained."""
    reply = engine.ask("India has one of the largest Muslim populations - so why isn't it an "
                       "OIC member?")
    assert reply.kind == "suggest" and reply.suggestions[0].entry == "india_not_member", \
        reply.reason
    # ... not a claim the answer corrects by saying what is so
    assert engine.ask("COMCEC diketuai Presiden Pakistan dan bersidang di Islamabad, betul?"
                      ).intent == "comcec"


@pytest.mark.parametrize(("question", "opening"), [
    ("King Faisal University is in Saudi Arabia, is it an OIC university?",
     "Not in Saudi Arabia: our sources place it in N'Djamena."),
    ("IRCICA berkantor di Mesir kan?", "Bukan di Mesir: menurut sumber kami, tempatnya di "
     "Istanbul."),
    # (not what it does there, nor who chairs it)
    ("what does the IsDB do in afghanistan", "The Islamic Development Bank"),
    ("COMIAC is chaired by pakistan?", "COMIAC is a standing committee"),
])
def test_a_body_put_in_another_country_is_told_where_it_is(engine: Engine, question: str,
                                                           opening: str) -> None:
    """"King Faisal University is in Saudi Arabia, is it an OIC university?" got the one in
    Chad, as if that said yes."""
    answer = engine.ask(question).answer
    assert answer.startswith(opening), answer


def test_any_of_a_country_s_people_asks_of_that_country(engine: Engine) -> None:
    """"Has any Indonesian ever been Secretary-General?" got the OIC's reform (the Commission
    of Eminent Persons, on which Indonesia sat)."""
    answer = engine.ask("Has any Indonesian ever been Secretary-General of the OIC?").answer
    assert answer.startswith("Our sources list no Secretaries-General of the OIC from "
                             "Indonesia"), answer


@pytest.mark.parametrize("question", [
    "Gambia juga jadi ketua dewan menlu oki ya?",
    "Negara yang memegang jabatan ketua Dewan Menteri Luar Negeri OKI saat ini apa?",
])
def test_the_chair_of_the_council_is_not_the_summit_chair(engine: Engine, question: str) -> None:
    """"ketua ... OKI" named the summit's chairs beside the Council: it got The Gambia."""
    assert engine.ask(question).intent == "cfm_chair"


@pytest.mark.parametrize(("question", "intent"), [
    ("Which country holds the chairmanship of the OIC foreign ministers' council at the "
     "moment?", "cfm_chair"),
    ("What is the total membership of the OIC at present?", "member_count")])
def test_at_the_moment_is_now(engine: Engine, question: str, intent: str) -> None:
    """"moment" was a word no answer explained: the foreign ministers' chair got the summit
    chair's (The Gambia, not Türkiye)."""
    assert engine.ask(question).intent == intent


@pytest.mark.parametrize("question", ["and the 5th one?", "what about the 13th?",
                                      "who hosted it?", "siapa tuan rumahnya?",
                                      # (a number in words, a year: each got an entry, the
                                      # 1972 Charter, the Kuala Lumpur Summit, every summit)
                                      "yg ketiga siapa", "kalo yg tahun 2019?",
                                      "trs yg ke-13 dimana?",
                                      # ... a place before or after which (the Cairo
                                      # Declaration)
                                      "And the one after Cairo, where was that?",
                                      "after Cairo?",
                                      # ... or in which (the Charter adopted in Dakar)
                                      "the one in dakar", "yang di dakar",
                                      # ... who chaired it or what it decided (today's
                                      # summit chair; the Rabat summit)
                                      "who chaired it?", "siapa ketuanya?",
                                      "what was decided there?",
                                      # ... or a person only pointed at (the members once
                                      # suspended)
                                      "and which country was he from?", "where was he born",
                                      # ... as is one two answers came equally close to
                                      "kalau yang ketiga?", "dia dari negara mana?",
                                      # ... or a difference between what is not named (the
                                      # summit's difference from the Council)
                                      "What is the difference?",
                                      "whats the difference between them",
                                      # ... or how the OIC responded, to nothing named
                                      # (its response to the Gaza war)
                                      "How did the OIC respond?", "bagaimana tanggapan OKI?",
                                      # ... or a time asked of nothing at all (the OIC's
                                      # founding)
                                      "what year was that one?", "when?",
                                      "itu tahun berapa?",
                                      # ... or said only to happen (Indonesia's 2025 chair,
                                      # the next summit)
                                      "kapan itu terjadi?", "when did that happen?",
                                      # ... or since when, or its source (when
                                      # Indonesia joined; the OIC's funding)
                                      "sejak kapan", "since when?", "source?",
                                      "sumbernya apa?",
                                      # ... or to explain it, or its date (what the
                                      # OIC is; its founding date)
                                      "explain pls", "jelasin dong",
                                      "wait whats the date of that",
                                      "how many?",  # (the member count)
                                      # (... also where choices were offered: "not sure")
                                      "itu kapan?", "tahun berapa?", "kapan terjadinya?",
                                      # ... or a meeting only pointed at (the Jakarta
                                      # summit of 2016, its theme; the founding)
                                      "who chaired that summit?", "KTT itu temanya apa?",
                                      "KTT tersebut dipimpin siapa?", "itu KTT ke berapa?",
                                      "what year was that summit?",
                                      "where was this meeting held?", "sidang itu ke berapa?",
                                      # ... or where it was, or where he is from (the list of
                                      # summits; the OIC's funding, "asalnya dari mana")
                                      "tempatnya di mana?", "trus dia asalnya dari mana?",
                                      "asalnya dari negara mana sih beliau?",
                                      # ... or a side of it, where it was held, what it did
                                      # "tadi", or when "they" joined (the OIC's founders,
                                      # every summit, the latest summit, Indonesia's joining)
                                      "and the one after it?", "terus itu diadakan di mana?",
                                      "kalo yg tadi itu hasilnya apa kak",
                                      "what year did they join",
                                      # ... or when it was held, its theme, or where "the
                                      # person" is from (the Jakarta summit, the latest CFM's
                                      # theme, the OIC's population)
                                      "itu kapan diadakannya?", "trus temanya apa?",
                                      "orangnya dari negara apa?",
                                      # ... or who did it (the OIC's role, "melakukan")
                                      "siapa pelakunya?",
                                      # ... or the one before it (the OIC's old name), or a
                                      # year asked "again" (its founding)
                                      "yg sebelumnya siapa", "what year was that again",
                                      # ... or what "it" decided, asked with "did" (the
                                      # Rabat summit's decision)
                                      "so what did it decide?",
                                      # ... or only why, or a reaction (why the OIC was
                                      # founded, what it is)
                                      "why??", "knp?", "beneran?",
                                      # ... or only pointed at ("that is all": goodbye)
                                      "so where is that?",
                                      # ... or who replaced "him" (the OIC's new name)
                                      "terus siapa yang menggantikan dia?",
                                      # ... or a rank of nothing named, or the year after,
                                      # what "they" decided, its successor, "there" (the
                                      # latest summit, the founding, the Rabat summit, the
                                      # name change, the OIC's seat)
                                      "terus kalau yang pertama?", "how about the year after?",
                                      "so what did they decide", "lalu penggantinya siapa",
                                      "di mana tuh", "maksudnya apa?", "kenapa nggak?"])
def test_a_follow_up_naming_nothing_is_said_to_be_unclear(engine: Engine, question: str
                                                          ) -> None:
    """Each message is read alone: "and the 5th one?" got the 5th extraordinary summit, "what
    about the 13th?" the list of summits, "who hosted it?" the meetings Indonesia hosted."""
    reply = engine.ask(question)
    assert reply.kind == "suggest", reply.reason
    assert reply.answer.startswith(("I cannot tell what you are referring to",
                                    "Saya tidak tahu apa yang Anda maksud")), reply.answer


def test_a_summit_carried_out_is_a_summit_held(engine: Engine) -> None:
    """"dilaksanakan" of a summit is "held": the exam item got the resolutions carried out."""
    reply = engine.ask("ktt oki dilaksanakan setiap... a. 1 tahun b. 2 tahun c. 3 tahun "
                       "d. 5 tahun")
    assert reply.intent == "islamic_summit" and "tiga tahun" in reply.answer, reply.reason
    assert engine.ask("berapa persen resolusi oki yang dilaksanakan").intent == \
        "resolutions_binding"


@pytest.mark.parametrize(("question", "intent"), [
    # "KTT itu" marks the topic: what a summit is, how often summits meet, who chairs them
    ("KTT itu apa?", "islamic_summit"),
    ("KTT itu diadakan berapa tahun sekali?", "islamic_summit"),
    ("KTT itu dipimpin siapa?", "summit_chair"),
    # "that" opening a clause points at no meeting
    ("Which summit decided that summits should be held every three years?", "summit_3"),
    # a meeting pointed at and named
    ("KTT Banjul itu temanya apa?", "summit_15"),
    ("KTT terakhir itu temanya apa?", "summit_15"),
])
def test_a_meeting_named_or_a_topic_marked_by_itu_is_answered(engine: Engine, question: str,
                                                              intent: str) -> None:
    reply = engine.ask(question)
    assert reply.kind == "answer" and reply.entry == intent, reply.reason


@pytest.mark.parametrize(("question", "answered"), [
    ("Who did Iyad Madani insult?", None),
    # (the one Taha replaced: "yang digantikan" is said of the one before)
    ("siapa yang digantikan taha", "sg_11"),
    ("Siapa yang menggantikan Madani?", "sg_11"),
    # (his predecessor's row answers whom he succeeded)
    ("Who did Taha succeed?", "sg_11"),
    ("Who did Laraki replace as Secretary-General?", "sg_6"),
])
def test_whom_an_office_holder_chose_is_not_the_holder(
        engine: Engine, question: str, answered: str | None) -> None:
    """"Who did Taha name as his Afghan envoy?" got Taha's own row."""
    reply = engine.ask(question)
    assert reply.entry == answered and (answered or reply.kind == "suggest"), reply.reason


@pytest.mark.parametrize(("question", "answered"), [
    ("Why did the OIC hold an extraordinary summit in Kuala Lumpur in 2019?", "kl_summit_2019"),
    ("Apa hasil KTT OKI di Kuala Lumpur tahun 2019?", "kl_summit_2019"),
    # (a meeting named by its number is told where it was; and a list of meetings, whose
    # first line names none of them, tells of no one meeting: "2017 ... Makkah")
    ("Was the 14th summit held in Kuala Lumpur in 2019?", "summit_14"),
    ("The 2017 extraordinary summit on Jerusalem was held in Makkah?", "extraordinary_summit_6"),
    # (and a claim of no year is told where the row is, not what else met in that city)
    ("The PUIC is headquartered in Jakarta, right?", "observer_puic"),
    ("Bener gak KTT OKI pertama diadakan di Jeddah?", "summit_1"),
])
def test_what_met_where_and_when_a_claim_says_is_told_before_the_meeting_elsewhere(
        engine: Engine, question: str, answered: str) -> None:
    """"Why did the OIC hold an extraordinary summit in Kuala Lumpur in 2019?" was told the
    14th summit was in Makkah: the Kuala Lumpur Summit of 2019, outside the OIC, is what
    met there."""
    reply = engine.ask(question)
    assert (reply.entry or reply.intent) == answered, reply.reason


def test_a_meeting_named_before_a_clause_is_what_it_asks_of(engine: Engine) -> None:
    """"KTT OKI ke-3 di Makkah dan Taif: apa saja lembaga yang dibentuk?" got the list of
    subsidiary organs, which names no summit; an answer naming the meeting still answers."""
    reply = engine.ask("KTT OKI ke-3 di Makkah dan Taif: apa saja lembaga yang dibentuk?")
    assert reply.intent != "subsidiary_organs" and "summit_3" in [
        link.entry for link in reply.suggestions], reply.reason
    # ... so too when the clause alone is the last reading tried (it got all 57 members)
    reply = engine.ask("KTT Riyadh 11 Nov 2023 membentuk komite menteri dari 7 negara, negara "
                       "mana saja?")
    assert reply.intent != "member_list", reply.reason
    # (... by the entry on India or the session's own record, each saying it first)
    reply = engine.ask("KTM OKI ke-46 Abu Dhabi, India diundang sbg apa")
    assert reply.intent in ("india_not_member", "cfm_46") \
        and "Tamu Kehormatan" in split_lead(reply.answer)[0], reply.answer
    # (a clause naming a meeting itself asks of it: the words after it are an aside)
    reply = engine.ask("TYPOA disahkan di KTT luar biasa ke-5 ya? soalnya di artikel kompasiana "
                       "gitu")
    assert reply.intent == "typoa" and "ke-3 (2005)" in reply.answer, reply.reason


@pytest.mark.parametrize(("question", "code", "unseen"), [
    ("what about egypt?", "EG", "on its own"), ("kalau mesir gimana?", "EG", "tersendiri"),
    ("what about guyana?", "GY", "on its own"), ("malaysia?", "MY", "")])
def test_a_country_put_to_an_unseen_question_is_offered_with_its_standing(
        engine: Engine, question: str, code: str, unseen: str) -> None:
    """ "what about egypt?" was told "I only answer questions about the OIC", though Egypt is a
    member: the question it follows is one the bot never saw."""
    reply = engine.ask(question)
    assert reply.kind == "suggest" and unseen in reply.answer, reply.answer
    assert reply.decision is not None and reply.decision.offers == (f"membership:{code}",)
    assert "only answer" in engine.ask("what is the capital of egypt").answer


@pytest.mark.parametrize("question", [
    "Myanmar army attacked Rohingya in 2017, how did OIC respond?",
    "taliban banned women from uni in dec 2022, how did OIC respond?"])
def test_what_a_clause_leaves_unnamed_is_not_said_unseen_when_the_message_names_it(
        engine: Engine, question: str) -> None:
    """The clause "how did OIC respond" names nothing, but the words before it do: it got the
    response to the Gaza war, then "I read each message on its own"."""
    reply = engine.ask(question)
    assert reply.kind != "answer" and "on its own" not in reply.answer, reply.answer


@pytest.mark.parametrize("question", [
    # (it got the OIC's 57 members beside the contact group's five, which the first says)
    "Kelompok Kontak OKI untuk Jammu Kashmir dibentuk tahun berapa? anggotanya siapa aja",
    # (it got the 2008 Charter beside the emblem's entry, which says when it was adopted)
    "What is the OIC emblem and when was it adopted?",
    "Negara mana aja yg ditugasi KTT Riyadh 2023 buat menghentikan perang? Indonesia termasuk?",
])
def test_a_later_question_leaning_on_the_first_gets_no_answer_about_something_else(
        engine: Engine, question: str) -> None:
    """A second question naming nothing of its own is answered by the first answer where it
    says it, never by an answer about something else."""
    reply = engine.ask(question)
    assert reply.kind == "answer" and reply.also == (), [a.intent for a in reply.also]


def test_a_later_question_leaning_on_the_first_that_nothing_answers_is_said_unanswered(
        engine: Engine) -> None:
    """"... Indonesia termasuk?" after the Kashmir contact group got Indonesia's OIC standing
    ("Indonesia is a member"), read as a yes; "Indonesia diwakili siapa?" after the 51st CFM
    got the permanent representative of 2022, not who went. Said unanswered instead; a
    possessive asked alone keeps its answer ("di mana markasnya?": the OIC's). ("Included"
    points at the group: its record, which lists its members, answers it.)"""
    reply = engine.ask("Kelompok Kontak Kashmir dibentuk kapan? Indonesia termasuk?")
    assert reply.also == () and "Azerbaijan" in reply.answer, reply.answer
    # (since the 51st session's row says who went, its answer answers both)
    reply = engine.ask("KTM OKI ke-51 diadakan di mana? Indonesia diwakili siapa?")
    assert reply.also == () and "Sugiono" in reply.answer, [a.intent for a in reply.also]
    reply = engine.ask("KTM OKI ke-50 diadakan di mana? Indonesia diwakili siapa?")
    assert [a.kind for a in reply.also] == ["suggest"], [a.intent for a in reply.also]
    reply = engine.ask("kapan oki berdiri dan di mana markasnya?")
    assert [a.intent for a in reply.also] == ["headquarters"]
    # (where the first sits, or who leads it, names nothing the second leans on: "it" is the
    # OIC, whose members it got "could not answer")
    for text in ("Where is the OIC based and how many members does it have?",
                 "Where is the OIC headquarters and how many members does it have?",
                 "Who leads the OIC and how many members does it have?"):
        assert [a.intent for a in engine.ask(text).also] == ["member_count"], text
    # ... nor its members, and who leads "it" or where its office is, is the OIC's (read with
    # the first's words, it got the human rights commission's members and chair; alone, its
    # office was said unanswered, "anggotanya" asked as if the answer leaned on it)
    for text, also in (("How many members does the OIC have and who leads it?",
                        "secretary_general"),
                       ("oki itu anggotanya brp trs kantornya dmn", "headquarters"),
                       # (and where the first asked it sits is no part of what the second asks
                       # of: "oic based how many members" got the PUIC, based in Tehran)
                       ("Where is the OIC based, and how many members are there?",
                        "member_count")):
        assert [a.intent for a in engine.ask(text).also] == [also], text
    # ("ikut", taking part, asks whether it is among them: it got "Iran is a member of the OIC")
    reply = engine.ask("Apa itu Koalisi Militer Islam (IMCTC), dan apakah Iran ikut?")
    assert [a.intent for a in reply.also] == [None]


def test_a_follow_up_in_the_same_message_is_read_with_the_question_before_it(
        engine: Engine) -> None:
    reply = engine.ask("Who hosted the 5th summit? And the 6th?")
    assert reply.intent == "summit_5" and [r.intent for r in reply.also] == ["summit_6"]
    assert "6th Islamic Summit was held in Dakar" in reply.also[0].answer


@pytest.mark.parametrize(("question", "intent"), [
    ("Apa yang dimaksud dengan KTT Islam?", "islamic_summit"),
    ("pengertian piagam oki", "charter_2008"),
    ("Jelaskan pengertian Dewan Menteri Luar Negeri OKI!", "cfm"),
    ("Apa yang dimaksud dengan Sekretariat Jenderal OKI?", "general_secretariat"),
    ("diplomasi islam tuh definisinya apa sih", "islamic_diplomacy"),
])
def test_a_worksheets_what_is_meant_by_asks_what_it_is(
        engine: Engine, question: str, intent: str) -> None:
    """School worksheets ask "Apa yang dimaksud dengan X?" and "pengertian X": each got the
    standing committees (an example says "apa yg dimaksud komite tetap") or what the OIC is."""
    assert engine.ask(question).intent == intent


@pytest.mark.parametrize("question", [
    "Lambang baru OKI diadopsi di KTT Dakar 2008?",
    # (the Charter's entry, which says where it was, now corrects it: above)
    "The 10th summit in Putrajaya created an OIC army, correct?",
])
def test_a_meeting_whose_record_never_says_what_is_put_there_is_not_told_as_a_yes(
        engine: Engine, question: str) -> None:
    """Each got the meeting's record (the emblem was adopted at the 2011 Astana session, the
    Charter in Dakar), read as a yes. (Where an entry says the meeting, it corrects it: below.)"""
    reply = engine.ask(question)
    assert reply.kind == "suggest", reply.reason
    assert reply.answer.startswith(("Sumber kami tidak menyebut hal itu terjadi di",
                                    "Our sources do not say that happened at")), reply.answer
    # ... while a record saying it is told: "the 15th summit was postponed several times"
    assert engine.ask("KTT ke-15 OKI di Gambia sempat ditunda brp kali?").entry == "summit_15"


@pytest.mark.parametrize("question", [
    "KTT OKI ke-4 siapa yang memimpin?",  # (the "4" of "4 Mei 2024" in today's chair's answer)
    "KTT OKI ke-5 siapa yang memimpin?",  # (an example: "siapa yang memimpin ktt oki jakarta")
    "KTT OKI ke-4 di mana, dan siapa yang memimpin?",
    "KTT ke-12 OKI dimana dan siapa yg jadi ketua?",
])
def test_who_led_a_numbered_summit_is_never_todays_chair_or_another_summit(
        engine: Engine, question: str) -> None:
    """Each got The Gambia's chairmanship, or the 5th extraordinary summit's Jokowi, for a
    summit named by its number; our sources name no chair of the 4th or 5th summit (they
    say so) and Morsi for the 12th."""
    reply = engine.ask(question)
    told = [reply, *reply.also]
    assert not {"summit_chair", "summit_chair_gambia", "jakarta_summit_2016"} & {
        r.intent or r.entry for r in told}, reply.reason
    if "ke-12" in question:
        assert reply.entry == "summit_12" and "Mohamed Morsi" in split_lead(reply.answer)[0]
    else:
        assert "tidak menyebut siapa yang memimpinnya" in told[-1].answer, told[-1].answer


def test_a_claimed_year_is_not_confirmed_by_an_answer_about_something_else(
        engine: Engine) -> None:
    """"OKI ganti nama tahun 2008 pas piagam baru kan?" got the 2008 Charter, which says
    2008 but nothing of a name: read as a yes. The name changed in 2011."""
    reply = engine.ask("OKI ganti nama tahun 2008 pas piagam baru kan?")
    assert reply.intent == "name_change", reply.reason
    assert reply.answer.startswith("Sumber jawaban ini tidak menyebut 2008."), reply.answer


@pytest.mark.parametrize("question", ["who are the most powerful members of oic",
                                      "negara paling berpengaruh di OKI"])
def test_who_is_most_influential_is_answered_as_a_view_with_whose_it_is(
        engine: Engine, question: str) -> None:
    """"who are the most powerful members of oic" got whether the OIC is effective; the
    sheet has who says which members lead it (a view, said as such)."""
    reply = engine.ask(question)
    assert reply.intent == "influential_members", reply.reason
    assert "Routledge" in reply.answer and "Springer" in reply.answer
    # the plain question about who the members are is still the member list
    assert engine.ask("which countries are members of the oic").intent == "member_list"


@pytest.mark.parametrize("question", [
    "which charter of the OIC is in force today",
    "The OIC charter currently in force was adopted in: a) 1972 b) 1990 c) 2005 d) 2008",
    "When was the 2008 Charter adopted and where?",
])
def test_the_charter_in_force_is_the_2008_one(engine: Engine, question: str) -> None:
    """Each got the first Charter of 1972 ("in force" was said only by its example "is the
    1972 oki charter still in force"; "where ... adopted" by "where was the oki first charter
    adopted"), the 2008 one only on its last line."""
    assert engine.ask(question).intent == "charter_2008"
    assert engine.ask("is the 1972 oic charter still in force").intent == "charter_1972"


@pytest.mark.parametrize("question", ["principles of the 2008 charter",
                                      "prinsip OKI menurut piagam 2008"])
def test_the_2008_charters_principles_are_the_charter_in_forces(engine: Engine,
                                                                question: str) -> None:
    """They got the first Charter's (an example naming "the original" Charter): the
    principles' answer never said the Charter in force is of 2008."""
    reply = engine.ask(question)
    assert reply.intent == "charter_principles" and "2008" in reply.answer.splitlines()[0]


def test_an_example_saying_now_in_two_words_answers_no_past_year(engine: Engine) -> None:
    """"Ketua Dewan Menlu OKI tahun 2024 negara mana?" got today's summit chair, by the
    example "negara mana yang jadi ketua oki saat ini" ("saat ini": now, in two words)."""
    reply = engine.ask("Ketua Dewan Menlu OKI tahun 2024 negara mana?")
    assert reply.intent not in ("summit_chair", "summit_chair_gambia"), reply.reason


def test_what_the_troika_is_is_told_by_the_entry_defining_it(engine: Engine) -> None:
    """"what is the troika in the OIC" got who chairs the CFM now (an example of the CFM
    chair's entry asked "what is the cfm troika"); the Executive Committee's entry says what
    the troikas are."""
    assert engine.ask("what is the troika in the OIC").intent == "executive_committee"
    assert engine.ask("who chairs the cfm now").intent == "cfm_chair"


@pytest.mark.parametrize(("question", "intent", "opening"), [
    ("Deklarasi Jakarta dihasilkan KTT ke-11 Dakar ya?", "jakarta_summit_2016",
     "Bukan di KTT Islam ke-11 (2008): menurut sumber kami, di KTT Luar Biasa OKI ke-5 (2016)."),
    ("TYPOA disahkan di KTT luar biasa ke-5 ya?", "typoa",
     "Bukan di KTT Luar Biasa OKI ke-5 (2016): menurut sumber kami, di KTT Luar Biasa OKI ke-3"),
    ("Komisi Tokoh Terkemuka dibentuk di KTT Dakar 2008 ya?", "oic_reform",
     "Bukan di KTT Islam ke-11 (2008): menurut sumber kami, di KTT Islam ke-10 (2003)."),
])
def test_a_claim_putting_something_at_the_wrong_meeting_is_told_the_right_one(
        engine: Engine, question: str, intent: str, opening: str) -> None:
    """Each got the meeting named, whose record never says it (read as a yes), or was only
    declined: the entry about what was claimed, whose first paragraph names the meeting it
    happened at, corrects it."""
    reply = engine.ask(question)
    assert reply.intent == intent, reply.reason
    assert reply.answer.startswith(opening), reply.answer
    # ... not an entry whose first paragraph names another meeting but not what was claimed
    # (Indonesia's membership names Rabat 1969, not Soeharto's first summit)
    assert "ke-1 (1969)" not in engine.ask(
        "Soeharto hadir pertama kali di KTT OKI Casablanca 1994?").answer


def test_sgs_are_the_secretaries_general(engine: Engine) -> None:
    """"how many SGs were from morocco and who" got nothing ("sgs" was no word we know)."""
    reply = engine.ask("how many SGs were from morocco and who")
    assert reply.intent == "secretaries_general" and "Laraki" in reply.answer, reply.reason


def test_a_kind_of_meeting_left_unexplained_is_not_answered_by_another_kinds_entry(
        engine: Engine) -> None:
    """"is the CFM held every year or every three years?" got the Islamic Summit: "It meets
    once every three years", read as the CFM's (which meets every year). The Council's own
    answer now explains "held", and answers."""
    reply = engine.ask("is the CFM held every year or every three years?")
    assert reply.entry == "cfm" and "once a year" in reply.answer, reply.reason
    assert "every three years" not in reply.answer
    # ... not an entry that names the kind asked ("KTT Islam" is the summit's)
    assert engine.ask("Is the Islamic Summit held every three years?").intent == "islamic_summit"


def test_a_bodys_head_word_left_unexplained_names_another_body(engine: Engine) -> None:
    """"what's the al quds fund" got the Al-Quds Committee: "fund", which its answer leaves
    unexplained, names another body. Offered, not answered."""
    reply = engine.ask("what's the al quds fund")
    assert reply.kind == "suggest", reply.reason
    assert engine.ask("what is the al quds committee").intent == "al_quds_committee"
    # ... and so does a day ("apa itu Hari Al-Quds?" got the committee; no source has the day)
    assert engine.ask("apa itu Hari Al-Quds?").kind == "suggest"
    # ... but not the body a meeting's outcome names (the session was offered, not sure)
    reply = engine.ask("Which committee was created by the 6th ICFM in 1975?")
    assert reply.kind == "answer" and reply.entry == "cfm_6", reply.reason
    assert "Al-Quds Committee" in reply.parts()[0]


@pytest.mark.parametrize(("question", "intent", "shown"), [
    # what a bank or fund pays for is what is asked, not another fund placed under it (the
    # IsDB's question got the Afghanistan trust fund)
    ("what does the islamic development bank fund", "isdb", "health care"),
    ("isdb membiayai apa", "isdb", "kesehatan"),
    ("what does the islamic solidarity fund do", "isf", "gives aid"),
    # the fund for development is not the older Islamic Solidarity Fund, nor the other way
    ("what is the islamic solidarity fund for development", "isfd", "poverty"),
    ("isfd itu apa", "isfd", "kemiskinan"),
    ("the islamic solidarity fund - who set it up and where is it based", "isf", "Lahore"),
    ("Dana Solidaritas Islam dibentuk di KTT mana", "isf", "KTT Islam ke-2"),
])
def test_a_fund_is_told_with_what_it_pays_for_and_not_confused_with_its_namesake(
        engine: Engine, question: str, intent: str, shown: str) -> None:
    reply = engine.ask(question)
    assert reply.kind == "answer" and reply.intent == intent, reply.reason
    assert shown in split_lead(reply.answer)[0], reply.answer


@pytest.mark.parametrize("question", [
    "so what actually is the OIC",  # got the OIC's effectiveness ("does the oic actually work")
    "oki itu sbnrnya apa sih",  # got the most influential members ("pemimpin sebenarnya")
    "oki sebetulnya organisasi apa",
    "jelasin oki dong",  # (chat forms: each got "not sure")
    "oki tuh sejenis apa",
])
def test_actually_asked_what_the_oic_is_is_what_it_is(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert reply.kind == "answer" and reply.intent == "what_is_oic", reply.reason


@pytest.mark.parametrize(("question", "row"), [
    # a time the clause before tells (Kuwait was read as the Secretary-General's country)
    ("KTT OKI ke-5 diadakan di Kuwait, siapa sekjen OKI saat itu?", "sg_5"),
    ("The 5th summit was held in Kuwait; who was the OIC Secretary-General at that time?",
     "sg_5"),
    # ... or his own term, asked "from when to when" (the time was said to be unclear)
    ("Amadou Karim Gaye was SG from when to when?", "sg_3"),
    ("Tunku Abdul Rahman jadi sekjen dari kapan sampai kapan?", "sg_1"),
    # ... or the year of an event, said after the office (it got today's Secretary-General)
    ("Which Secretary-General took office in the same year the OIC name changed?", "sg_9"),
    ("Siapa sekjen OKI pada tahun Mesir kembali ke OKI?", "sg_4"),
    # ... or a place naming several meetings, and a year naming one of them (it listed every
    # Secretary-General since 2000)
    ("who was secretary general in 2000 during the doha summit", "sg_7"),
    ("siapa sekjen oki tahun 2003 saat ktt doha", "sg_8"),
])
def test_the_time_an_office_is_asked_at_is_read_from_the_question(
        engine: Engine, question: str, row: str) -> None:
    reply = engine.ask(question)
    assert reply.entry == row, reply.reason


@pytest.mark.parametrize("question", ["Siapa sekjen OKI waktu itu?", "Siapa sekjen OKI saat itu?",
                                      # (the question word after it: it got today's)
                                      "trus sekjennya waktu itu siapa?",
                                      # (a year pointed at: it got today's)
                                      "Siapa sekjen OKI tahun itu?"])
def test_a_time_said_in_a_message_before_is_said_to_be_unclear(engine: Engine,
                                                                question: str) -> None:
    """Each message is read alone: it got today's Secretary-General."""
    reply = engine.ask(question)
    assert reply.kind == "suggest", reply.reason
    assert reply.answer.startswith("Saya tidak dapat memastikan waktu yang Anda maksud")
    # (and in English: "Who chaired the summit that year?" got the 2016 Jakarta summit)
    reply = engine.ask("Who chaired the summit that year?")
    assert reply.answer.startswith("I cannot tell which time you mean"), reply.reason


@pytest.mark.parametrize("question", ["who was secretary general during the doha summit",
                                      "Siapa sekjen OKI waktu KTT Doha?"])
def test_a_place_several_meetings_met_in_is_no_time(engine: Engine, question: str) -> None:
    """Three summits met in Doha (2000, 2003, 2025): the entry on the last dated the question,
    and it got today's Secretary-General. Each of them is offered."""
    reply = engine.ask(question)
    assert reply.kind == "suggest", reply.reason
    assert {"summit_9", "extraordinary_summit_2"} <= {s.entry for s in reply.suggestions}


def test_a_time_an_example_says_is_no_unclear_time(engine: Engine) -> None:
    """An example of the entry on who led the OIC at first was told the time was unclear."""
    assert engine.ask("siapa presiden oki waktu pertama berdiri").intent == "first_leader"


@pytest.mark.parametrize(("question", "entry"), [
    # a meeting's number is no anniversary's (it got the OIC's 50th, marked by the 46th CFM)
    ("What did the 50th CFM celebrate?", "cfm_50"),
    ("Sidang menlu OKI ke-50 bertepatan dengan ulang tahun keanggotaan negara apa?", "cfm_50"),
    ("Apa yang dirayakan sidang menlu ke-50?", "cfm_50"),
    # ... and an anniversary's number is none of a meeting's (the 7th summit's row says it
    # coincided with the 25th; the entry on the anniversaries says so too)
    ("Which summit coincided with the OIC 25th anniversary?", "summit_7"),
])
def test_a_number_beside_a_meeting_numbers_the_meeting(engine: Engine, question: str,
                                                      entry: str) -> None:
    assert engine.ask(question).entry == entry


def test_the_isdb_s_2026_meetings_are_told_with_the_date_of_the_news(engine: Engine) -> None:
    """It got the IsDB's seat in Jeddah; the meetings were due in June 2026, so the answer says
    when that was reported and that our sources do not say whether they took place."""
    reply = engine.ask("Where will the Islamic Development Bank hold its 2026 annual meetings?")
    shown = split_lead(reply.answer)[0]
    assert reply.entry == "isdb" and "Baku" in shown and "8 September 2025" in shown, shown


def test_two_numbers_one_of_no_row_are_not_listed_as_rows(engine: Engine) -> None:
    reply = engine.ask("KTT ke-3 dan KTT ke-30 bedanya apa?")  # (there is no 30th summit)
    assert "KTT Islam ke-3:" not in reply.answer, reply.answer


@pytest.mark.parametrize(("question", "lines"), [
    # a kind said of one was read as both's (each got the extraordinary one alone)
    ("Apa beda KTT ke-3 OKI dengan KTT luar biasa ke-3?",
     ("• KTT Islam ke-3: Mekah/Taif, Arab Saudi, 25–28 Januari 1981",
      "• KTT Luar Biasa OKI ke-3: Mekah, Arab Saudi, 7–8 Desember 2005")),
    ("KTT ke-13 dan KTT LB ke-6 sama-sama di Istanbul, bedanya apa?",
     ("• KTT Islam ke-13: Istanbul, Turki, 14–15 April 2016",
      "• KTT Luar Biasa OKI ke-6: Istanbul, Turki, 13 Desember 2017")),
    ("Apa beda sidang menlu OKI ke-47 dengan sidang luar biasa menlu ke-17?",
     ("• Sidang ke-47 Dewan Menteri Luar Negeri OKI: Niamey, Niger, 27–28 November 2020",
      "• Sidang luar biasa ke-17 Dewan Menteri Luar Negeri OKI: Islamabad, Pakistan, "
      "19 Desember 2021")),
    ("What is the difference between the 3rd summit and the 3rd extraordinary summit?",
     ("• 3rd Islamic Summit: Makkah/Taif, Saudi Arabia, 25–28 January 1981",
      "• 3rd Extraordinary Islamic Summit: Makkah, Saudi Arabia, 7–8 December 2005")),
    # ... and two of one kind, a difference asked of both (not sure)
    ("KTT ke-6 dan KTT ke-11 bedanya apa?",
     ("• KTT Islam ke-6: Dakar, Senegal, 9–11 Desember 1991",
      "• KTT Islam ke-11: Dakar, Senegal, 13–14 Maret 2008")),
])
def test_two_rows_of_one_table_each_named_by_its_number_are_told_together(
        engine: Engine, question: str, lines: tuple[str, str]) -> None:
    reply = engine.ask(question)
    assert reply.kind == "answer", reply.reason
    assert tuple(reply.answer.splitlines()) == lines


def test_two_rows_named_beside_a_country_do_not_crash_the_bot(engine: Engine) -> None:
    """Each row was read from its words with the whole message's country ("Kuwait"), which
    its words did not hold: the look-up raised and the bot stopped answering."""
    reply = engine.ask("KTT ke-2 di Lahore dan KTT ke-5 di Kuwait sama-sama tahun 1974?")
    assert reply.kind == "suggest" and {s.entry for s in reply.suggestions} >= {
        "summit_2", "summit_5"}, reply.reason


@pytest.mark.parametrize("question", [
    # (the one record naming the Charter: Algabid's, in office under the 1972 one)
    "Which Secretary-General took office in the year the Charter was revised?",
    # (no office: it got the 12th summit, in Cairo, not one of 1984)
    "Which summit took place in the year Egypt returned to the OIC?",
])
def test_a_year_of_an_event_is_no_deed_nor_a_place(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert reply.kind == "suggest", reply.reason


@pytest.mark.parametrize("question", [
    # "luar" of "luar biasa" (it got the extraordinary summits)
    "KTT OKI pertama yang diadakan di luar negara Arab itu di mana?",
    # a region read as where it was (it got the first summit, in Morocco: North Africa)
    "KTT OKI pertama yang diadakan di luar Timur Tengah dan Afrika Utara itu di mana?",
    "Where was the first OIC summit held outside the Arab world?",
])
def test_what_lies_outside_something_no_answer_tells_is_offered(engine: Engine,
                                                                 question: str) -> None:
    reply = engine.ask(question)
    assert reply.kind == "suggest", reply.reason
    assert "summit_1" in [link.entry for link in reply.suggestions]


@pytest.mark.parametrize(("question", "answer"), [
    ("When was the first CFM held outside Saudi Arabia?", "cfm_2"),  # (read by the tables)
    ("Kenapa Pakistan ngancem bikin pertemuan di luar OKI soal Kashmir tahun 2020?",
     "kashmir"),  # (its answer says "di luar OKI")
    ("KTT luar biasa OKI di mana saja?", "extraordinary_summits"),
])
def test_outside_said_by_the_answer_or_read_by_the_tables_is_answered(
        engine: Engine, question: str, answer: str) -> None:
    reply = engine.ask(question)
    assert reply.kind == "answer" and answer in (reply.entry, reply.intent), reply.reason


def test_what_a_meeting_s_record_leaves_out_is_told_by_the_entry_naming_it(
        engine: Engine) -> None:
    """"Apa yang diumumkan Sekjen OKI soal Palestina di KTT Banjul?" got where and when the
    15th summit was: the entry on Palestine tells what Taha announced there."""
    reply = engine.ask("Apa yang diumumkan Sekjen OKI soal Palestina di KTT Banjul?")
    assert reply.intent == "palestine", reply.reason
    assert "observatorium media" in split_lead(reply.answer)[0], reply.answer


def test_a_member_of_a_committee_a_meeting_set_up_gets_the_committee(engine: Engine) -> None:
    """"Indonesia ikut komite menteri hasil KTT Riyadh 2023?" was told our sources do not
    say that happened at the 2023 summit: the committee's entry names Indonesia among its
    seven ministers."""
    reply = engine.ask("Indonesia ikut komite menteri hasil KTT Riyadh 2023?")
    assert reply.intent == "gaza_ministerial_committee", reply.reason
    assert "Indonesia" in split_lead(reply.answer)[0]


@pytest.mark.parametrize(("question", "intent"), [
    # it got Soeharto's first summit, as if he were the first president
    ("Siapa presiden pertama Indonesia?", None),
    # it got the OIC's own old name
    ("Dewan Menteri Luar Negeri OKI dulu namanya apa?", "cfm"),
    # it got the Rohingya case in general, silent on the 2022 ruling
    ("Myanmar bilang penggugat sebenarnya OKI, ICJ memutuskan apa?", "rohingya_icj_not_icc"),
])
def test_a_first_or_former_name_is_asked_of_what_the_question_names(
        engine: Engine, question: str, intent: str | None) -> None:
    assert engine.ask(question).intent == intent


def test_a_documents_number_asked_is_no_count(engine: Engine) -> None:
    """"Resolusi PBB tentang Islamofobia 2022 nomornya berapa?" was read as how many
    resolutions, and told our sources give no such figure; 76/254 is its number."""
    for question in ("Resolusi PBB tentang Islamofobia 2022 nomornya berapa?",
                     # (the General Assembly named was left unexplained by the entry giving the
                     # number: the one on the OIC's work against Islamophobia, without it, won)
                     "Resolusi Majelis Umum PBB yang bikin Hari Anti-Islamofobia nomornya "
                     "berapa?"):
        reply = engine.ask(question)
        assert reply.kind == "answer" and "76/254" in split_lead(reply.answer)[0], reply.reason
    # ... and why that date, asked with when it is
    reply = engine.ask("When is the International Day to Combat Islamophobia and why that date?")
    assert "Christchurch" in " ".join(a.answer for a in reply.also), reply.reason


def test_pakistan_criticising_the_oic_over_kashmir_gets_the_kashmir_entry(
        engine: Engine) -> None:
    """It got the criticism in general, opened by "Our sources here do not mention 2020": the
    Kashmir entry tells of Pakistan's foreign minister pressing the OIC in August 2020."""
    reply = engine.ask("Why did Pakistan criticise the OIC in 2020 over Kashmir?")
    assert reply.intent == "kashmir", reply.reason
    assert reply.answer.startswith("In August 2020 Pakistan's foreign minister"), reply.answer


@pytest.mark.parametrize(("question", "opening"), [
    # someone our sources name as a foreign minister got the session he chaired, as if yes
    ("Ali Alatas pernah jadi Sekjen OKI kan?",
     "Tidak: Ali Alatas tidak termasuk Sekretaris Jenderal OKI yang tercatat"),
    ("ali alatas pernah jd sekjen oki?",  # (lowercase: a name our records know)
     "Tidak: Ali Alatas tidak termasuk Sekretaris Jenderal OKI yang tercatat"),
    # ... and names our records do not know, written as names are (each got not sure)
    ("Was Ban Ki-moon ever OIC Secretary-General?",
     "No: Ban Ki Moon is not among the Secretaries-General of the OIC in our sources"),
    # ... said to have held it before, asked with "is" (not of now)
    ("Is Ali Alatas a former OIC secretary general?",
     "No: Ali Alatas is not among the Secretaries-General of the OIC in our sources"),
    # ... asked when, as though they had ("When was Ali Alatas ..." got the session he chaired)
    ("When was Ali Alatas secretary general of the OIC?",
     "No: Ali Alatas is not among the Secretaries-General of the OIC in our sources"),
    ("Erdogan pernah menjabat Sekjen OKI tahun berapa?",
     "Tidak: Erdogan tidak termasuk Sekretaris Jenderal OKI yang tercatat"),
    ("Amr Moussa sekjen oki thn brp", "Tidak: Amr Moussa tidak termasuk Sekretaris Jenderal"),
    # ... a monarch, however like a holder's the name ("Hassan" Al-Touhami): it got the
    # founders, or not sure, or the 2nd Secretary-General by "II"
    ("Kapan Raja Hassan II menjabat Sekjen OKI?",
     "Tidak: Raja Hassan II tidak termasuk Sekretaris Jenderal OKI yang tercatat"),
    ("When was King Hassan II Secretary-General of the OIC?",
     "No: King Hassan II is not among the Secretaries-General of the OIC in our sources"),
])
def test_someone_said_to_have_held_an_office_its_full_list_lacks_is_told_no(
        engine: Engine, question: str, opening: str) -> None:
    reply = engine.ask(question)
    assert reply.kind == "answer" and reply.answer.startswith(opening), reply.reason
    holders = [r.holder["en"] for r in engine.kb.tables["secretaries_general"].rows if r.holder]
    assert len(holders) == 12 and all(h in reply.answer for h in holders)


@pytest.mark.parametrize(("question", "opening", "holder"), [
    # one holder picked, and a person who held no such office: King Faisal got the founders,
    # Ali Alatas the 1996 session he chaired, as if that said yes
    ("Was the first Secretary-General King Faisal?",
     "No: King Faisal is not among the Secretaries-General of the OIC in our sources. The 1st",
     "Tunku Abdul Rahman"),
    ("Sekjen OKI pertama itu Raja Faisal, bener?",
     "Bukan: Raja Faisal tidak termasuk Sekretaris Jenderal OKI", "Tunku Abdul Rahman"),
    ("Sekjen OKI ke-3 itu Ali Alatas kan?",
     "Bukan: Ali Alatas tidak termasuk Sekretaris Jenderal OKI", "Amadou Karim Gaye"),
    ("Was the 5th OIC secretary general Ali Alatas?",
     "No: Ali Alatas is not among the Secretaries-General", "Syed Sharifuddin Pirzada"),
    # ... their country said after the name (it got the founders, King Faisal among them)
    ("Sekjen pertama OKI itu Raja Faisal dari Arab Saudi kan?",
     "Bukan: Raja Faisal tidak termasuk Sekretaris Jenderal OKI", "Tunku Abdul Rahman"),
    ("The first OIC Secretary-General was King Faisal of Saudi Arabia, right?",
     "No: King Faisal is not among the Secretaries-General", "Tunku Abdul Rahman"),
    # ... a monarch's title and name written small, as on a phone (it got the founders)
    ("sekjen pertama oki itu raja faisal kan?",
     "Bukan: Raja Faisal tidak termasuk Sekretaris Jenderal OKI", "Tunku Abdul Rahman"),
])
def test_someone_said_to_be_one_holder_is_told_no_and_who_was(
        engine: Engine, question: str, opening: str, holder: str) -> None:
    reply = engine.ask(question)
    lead = split_lead(reply.answer)[0]
    assert reply.kind == "answer" and lead.startswith(opening) and holder in lead, reply.reason


@pytest.mark.parametrize(("question", "opening", "holder"), [
    # someone said to hold an office now, and not the one who does: it got the
    # counter-terrorism coalition he announced, or not sure
    ("Mohammed bin Salman kan ketua OKI sekarang?",
     "Bukan Mohammed bin Salman: menurut sumber kami, yang ini:", "Gambia"),
    ("Prabowo ketua OKI saat ini?", "Bukan Prabowo: menurut sumber kami, yang ini:", "Gambia"),
    ("Is Imran Khan the current OIC chairman?",
     "Not Imran Khan: according to our sources, this one:", "The Gambia"),
    # ... of an office every holder of which a table lists: no, with the one now
    ("Is Prabowo the OIC Secretary-General now?",
     "No: Prabowo is not among the Secretaries-General of the OIC in our sources.",
     "Hissein Brahim Taha"),
    # ... asked with "is", of now (it listed them all)
    ("Is the OIC Secretary-General Amr Moussa?",
     "No: Amr Moussa is not among the Secretaries-General of the OIC in our sources.",
     "Hissein Brahim Taha"),
    # ... who holds another office now: which, not just "not them"
    ("Is Taha the chairman of the OIC now?", "Not Taha: our sources name Taha as the OIC "
     "Secretary-General, another office.", "The Gambia"),
    ("apakah Taha ketua OKI sekarang?", "Bukan Taha: sumber kami menyebut Taha sebagai "
     "Sekretaris Jenderal OKI, jabatan lain.", "Gambia"),
    # ... or said to lead it (it got the 2017 summit Erdogan called)
    ("OKI sekarang dipimpin Imran Khan ya?", "Bukan Imran Khan", "Gambia"),
    # ... by the office's full name, and asked with "is" (of now): each got his own row
    ("Is Hissein Brahim Taha the current chairman of the Islamic Summit?", "Not Hissein "
     "Brahim Taha: our sources name Hissein Brahim Taha as the OIC Secretary-General",
     "The Gambia"),
    ("Is Taha the chair of the Islamic summit?", "Not Taha: our sources name Taha as the OIC "
     "Secretary-General", "The Gambia"),
    ("Is Barrow the secretary general now?", "No: Barrow is not among the Secretaries-General "
     "of the OIC in our sources (they name Barrow as the Islamic Summit chair). The one you "
     "asked about, according to our sources:\nThe latest Secretary-General",
     "Hissein Brahim Taha"),
])
def test_someone_said_to_hold_an_office_now_is_told_who_does(
        engine: Engine, question: str, opening: str, holder: str) -> None:
    reply = engine.ask(question)
    assert reply.kind == "answer" and reply.answer.startswith(opening), reply.reason
    assert holder in split_lead(reply.answer)[0]


@pytest.mark.parametrize("question", ["Is Taha the chairman of the OIC now?",
                                      "Is Barrow the secretary general now?"])
def test_the_other_office_said_comes_with_its_sources(engine: Engine, question: str) -> None:
    """"Our sources name Taha as the OIC Secretary-General" was said with the summit chair's
    sources alone."""
    held = {"Is Taha the chairman of the OIC now?": "sg_12",
            "Is Barrow the secretary general now?": "summit_chair_gambia"}[question]
    row = next(r for t in engine.kb.tables.values() for r in t.rows if r.id == held)
    reply = engine.ask(question)
    assert reply.entry != held and set(row.sources) <= set(reply.sources), reply.sources


@pytest.mark.parametrize(("question", "intent", "opening"), [
    # the office by its full name (it named the summits too, and got the 2017 summit he
    # called, as if he chaired it now)
    ("Is Erdogan the current chair of the OIC summit?", "summit_chair_gambia",
     "Not President Recep Tayyip Erdoğan: according to our sources, this one:"),
    # someone named only as a holder of an office, not asked which: the row of the office
    # they held (it was not sure between it and the summit they chaired)
    ("Who is Macky Sall in OIC history?", "summit_chair_senegal", "Senegal (President"),
    ("What OIC role did Mohammad Khatami have?", "summit_chair_iran", "Iran (President"),
])
def test_a_holder_named_gets_the_office_they_held(engine: Engine, question: str, intent: str,
                                                  opening: str) -> None:
    reply = engine.ask(question)
    assert reply.intent == intent and reply.answer.startswith(opening), reply.reason


@pytest.mark.parametrize(("question", "intent"), [
    # a holder before, by name: the row naming them says so ("Not President Recep ...")
    ("Is Erdogan the chairman of the OIC now?", "summit_chair_gambia"),
    # ... the one now, misspelt, is not told no
    ("Is Adama Barow the OIC chairman now?", "summit_chair_gambia"),
    # ... nor anyone said of an office some holders of which no table lists, not asked of now
    ("Was Prabowo ever the OIC chairman?", None),
])
def test_no_one_now_is_denied_only_where_the_record_says_so(
        engine: Engine, question: str, intent: str | None) -> None:
    reply = engine.ask(question)
    assert reply.intent == intent, reply.reason
    assert not reply.answer.startswith(("Not Erdogan", "Not Adama", "Not Prabowo")), reply.answer


@pytest.mark.parametrize("question", [
    "Was Iyad Madani OIC Secretary-General?",  # a holder
    "Was Ihsanoglou OIC secretary-general?",  # ... misspelt
    "Was Tengku Abdul Rahman SG of OIC?",
    "sekjen OKI pernah ketemu Jokowi? bahas apa",  # a deed, not a name ("Ketemu Jokowi")
    "Was the OIC secretary general ever a woman?",  # no name
    "ban ki moon pernah jadi sekjen oki?",  # words we cannot tell from others, unwritten as names
    "Was Ali Alatas an assistant secretary general of the OIC?",  # another office
    "Was Ali Alatas OIC secretary general in 1990?",  # a time too
    "Was Amr Moussa or Ali Alatas OIC secretary general?",  # two names
    "When was Taha Secretary-General?",  # a holder asked when
    "What two Moroccans served as OIC Secretary-General?",  # no name, but where from
    # an ordinal, no name (it was told "No: Second is not among ...")
    "Second OIC Secretary-General: A. Hassan Al-Touhami B. Habib Chatty C. Tunku Abdul Rahman "
    "D. Pirzada",
    # "how much", not "which year": a word opening the question is no name ("Gaji" was told
    # it is not among the Secretaries-General)
    "Gaji Sekretaris Jenderal OKI berapa?",
    # ... nor a word picking a row ("No: Current is not among ...")
    "Current OIC Secretary General is: A) Iyad Madani B) Yousef Al-Othaimeen C) Hissein Brahim "
    "Taha D) Ekmeleddin Ihsanoglu",
    "Latest OIC Secretary General?",
])
def test_a_holder_another_office_or_no_name_is_not_told_no_one_held_it(
        engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert not reply.answer.startswith(("No:", "Tidak:")), reply.reason


@pytest.mark.parametrize(("question", "row", "opening"), [
    # a Secretary-General said to chair a summit got his own record, as if that said yes
    ("Taha yg memimpin KTT OKI Banjul 2024 kan?", "summit_15",
     "Bukan Hissein Brahim Taha: menurut sumber kami, KTT Islam ke-15 (2024) dipimpin oleh "
     "Presiden Adama Barrow."),
    # ... or one whose record names no chair (it was dropped beside the person's row)
    ("Amadou Karim Gaye yg memimpin KTT OKI Dakar 1991 kan?", "summit_6",
     "Sumber kami tidak menyebut Amadou Karim Gaye sebagai pemimpin atau tuan rumah KTT "
     "Islam ke-6 (1991)."),
    # a head of state named as another summit's chair got the years of that state's chair
    ("Erdogan chaired the 2019 Makkah summit?", "summit_14",
     "Not President Recep Tayyip Erdoğan: according to our sources, the 14th Islamic Summit "
     "(2019) was chaired by King Salman."),
    # ... said right after the verb (it was read as a first name, and got the 13th summit)
    ("KTT OKI ke-14 dipimpin Erdogan kan?", "summit_14",
     "Bukan Presiden Recep Tayyip Erdoğan: menurut sumber kami, KTT Islam ke-14 (2019) "
     "dipimpin oleh Raja Salman."),
    # a name sharing a word with the meeting's own chair is not its chair ("Salman")
    ("KTT OKI ke-14 di Makkah dipimpin Putra Mahkota Mohammed bin Salman?", "summit_14",
     "Bukan Putra Mahkota Mohammed bin Salman: menurut sumber kami, KTT Islam ke-14 (2019) "
     "dipimpin oleh Raja Salman."),
    ("Khatami hosted the 1997 extraordinary summit in Islamabad, right?",
     "extraordinary_summit_1", "Our sources do not name President Mohammad Khatami as the "
     "chair or host of the 1st Extraordinary Islamic Summit (1997)."),
    # ... or one no record names, by a title and a name (it got the founders' entry)
    ("Raja Faisal memimpin KTT Rabat 1969?", "summit_1", "Sumber kami tidak menyebut Raja "
     "Faisal sebagai pemimpin atau tuan rumah KTT Islam ke-1 (1969)."),
    # (one no record names, of a meeting whose chair is named: it was not sure)
    ("KTT ke-10 Putrajaya tuan rumahnya PM Anwar Ibrahim ya?", "summit_10", "Bukan PM Anwar "
     "Ibrahim: menurut sumber kami, KTT Islam ke-10 (2003) dipimpin oleh Perdana Menteri "
     "Mahathir Mohamad."),
])
def test_a_person_said_to_chair_a_meeting_they_did_not_is_told_who_did(
        engine: Engine, question: str, row: str, opening: str) -> None:
    reply = engine.ask(question)
    assert reply.kind == "answer" and reply.entry == row, reply.reason
    assert reply.answer.startswith(opening), reply.answer


@pytest.mark.parametrize(("question", "row"), [
    ("Did Barrow chair the Banjul summit?", "summit_15"),  # its own chair: plainly
    ("King Salman chaired the 2019 Makkah summit?", "summit_14"),  # (and another's name)
    # nor is who handed the chair over who chaired
    ("Did Morsi personally hand over the OIC summit chairmanship to Erdogan in Istanbul in "
     "2016?", None),
    ("Jokowi memimpin KTT LB Jakarta 2016?", "extraordinary_summit_5"),
    # a country is not a person (a session's record names "Cameroon, its host")
    ("Did Pakistan host the 2nd islamic summit?", "summit_2"),
    ("Siapa presiden Indonesia yang memimpin KTT Luar Biasa OKI 2016?",
     "extraordinary_summit_5"),  # asked who, not claimed
    # one the meeting's record names ("at the invitation of King Hassan II")
    ("Did King Hassan II host the 1984 Casablanca summit?", "summit_4"),
    # one said to be elected, whom another entry tells of (a vice-chair at Dakar)
    ("Pada KTT Dakar 1991 Presiden Soeharto terpilih menjadi ketua KTT OKI, benarkah?",
     "indonesia_membership"),
])
def test_a_meetings_own_chair_or_host_is_no_claim_to_correct(engine: Engine, question: str,
                                                            row: str | None) -> None:
    reply = engine.ask(question)
    assert row is None or (reply.kind == "answer" and reply.entry == row), reply.reason
    assert not reply.answer.startswith(("Not ", "Bukan ", "Our sources", "Sumber kami")), \
        reply.answer


@pytest.mark.parametrize(("question", "row"), [
    # the last a place hosted, of any kind, as the list of its summits shows (each got the
    # latest ordinary summit held there)
    ("what is the most recent summit hosted by turkey", "extraordinary_summit_7"),
    ("when did qatar last host an oic summit", "joint_summit_2025"),
    ("what was the last CFM held in jeddah", "cfm_extraordinary_20"),
    ("KTT terakhir di Arab Saudi kapan", "joint_summit_2024"),
    ("latest summit", "summit_15"),  # (no place: the usual kind)
])
def test_the_last_meeting_a_place_hosted_is_of_any_kind(engine: Engine, question: str,
                                                       row: str) -> None:
    reply = engine.ask(question)
    assert reply.kind == "answer" and reply.entry == row, reply.reason


@pytest.mark.parametrize(("question", "intent"), [
    ("what does the oic-2025 programme cover", "oic_2025"),  # got the 2005 programme
    ("why does the oic exist", "oic_goals"),  # got "No, the OIC has not been dissolved"
    ("Is Saudi Arabia the biggest OIC member?", "indonesia_largest_member"),  # got funding
    ("Siapa yg biayain Sekretariat Jenderal OKI?", "oic_funding"),  # got its head, Taha
    ("negara mana yg skrg pegang keketuaan KTT OKI?", "summit_chair"),  # got the CFM's
    # worksheet items naming a body by what it does (each got "not sure")
    ("Organ OKI yang mengurus ketahanan pangan adalah... a. IDB b. ISF c. ICESCO d. IOFS "
     "e. IIFA", "iofs"),
    ("Badan OKI yg mengeluarkan keputusan2 fikih adalah... a. IPHRC b. IIFA c. ISF d. ICDT "
     "e. COMIAC", "fiqh_academy"),
    # pass 129 (5 December): a university by its country (got the country's membership), a
    # name to complete (got who joined in 2011), the old name by "dikenal dengan" (got what
    # the OIC is)
    ("Which Bangladeshi university belongs to the OIC?", "icdt_iut"),
    ("Fill in the blank: In 2011 the Organisation of the Islamic Conference became the "
     "Organisation of Islamic ____.", "name_change"),
    ("Sebelum tahun 2011, OKI dikenal dengan nama apa?", "name_change"),
    # (which member is not in the UN: the member count says Palestine; it got the observers)
    ("Dari 57 anggota OKI, mana yang tidak masuk PBB?", "member_count"),
    # ("lagi menjabat" is serving now: not sure between now and the terms)
    ("sekretaris jendral oki yg lagi menjabat siapa ya", "secretary_general"),
    # (... while a count of those who served stays the list's: it was not sure between them)
    ("Sudah berapa orang yang menjabat Sekjen OKI?", "sg_list"),
    # (whoever is asked is no word to explain: "someone" was, and it was refused)
    ("can someone explain oic in simple words pls", "what_is_oic"),
    # (each not sure: "undertaken", "at odds" explained by nothing; the Cairo Declaration
    # named, beside what declarations bind)
    ("What reforms has the OIC undertaken?", "oic_reform"),
    ("Why are Saudi Arabia and Iran at odds inside the OIC?", "saudi_iran_rivalry"),
    ("Apakah Deklarasi Kairo mengikat secara hukum?", "cairo_declaration"),
    # (a court's "seat", a membership "frozen": each explained by nothing, not sure)
    ("In which country would the Islamic court of justice have its seat?", "iicj"),
    ("What year was Syria's OIC membership frozen, and at which meeting?", "syria_reinstated"),
    ("What was ICESCO's old name?", "icesco"),  # (the card said "formerly called")
    # pass 130: a "stand" on Palestine, whether members must "obey", what the Arab ministers
    # decided after the fire (not sure, not sure, the arson without the Cairo meeting)
    ("how does the oic stand on the palestine issue", "palestine"),
    ("do members have to obey OIC decisions", "resolutions_binding"),
    ("What did Arab foreign ministers decide after the Al-Aqsa fire in August 1969?",
     "founders"),
    # (each not sure, the right card offered)
    ("rencananya markas permanen oki nanti dimana", "headquarters"),
    ("Mesir diterima kembali di OKI pada KTT ....", "egypt_suspension"),
    ("who was the arsonist at al aqsa in 69", "founding_trigger"),
    ("is the rohingya case finished yet", "rohingya_case_status"),
    ("Has the OIC tried to reform itself?", "oic_reform"),
    ("Why is the OIC hard to study for researchers?", "oic_challenges"),
    ("Ketua Dewan Menteri Luar Negeri OKI saat ini adalah ....", "cfm_chair"),
    ("What did Indonesia say about the Kuala Lumpur Summit?", "kl_summit_2019"),
    # pass 131: the headquarters asked as a choice of two countries (it got both countries'
    # standing), what the Council was "previously" called (the OIC's own renaming)
    ("hq of oic is in saudi or morocco?? confused", "headquarters"),
    ("What was the Council of Foreign Ministers previously called?", "cfm"),
    # ("nuntut" is to sue: not sure)
    ("negara yg nuntut myanmar ke icj soal rohingya siapa", "rohingya"),
    # (the list of Secretaries-General, no count of Arab ones; the most influential members'
    # card gives it)
    ("How many Secretaries-General have been Arab?", "influential_members"),
    # (chat spellings: "headquater", "cuz", "lang ... meetings": each not sure)
    ("where's the isdb headquater", "isdb"),
    ("which country was suspended cuz of camp david", "egypt_suspension"),
    ("lang used in oic meetings??", "official_languages"),
    ("saudi jd ketua oki dari kapan smp kapan", "summit_chair_saudi_arabia"),
    ("ketua oki itu gimana nentuinnya", "summit_chair"),
    # ("fm" is a foreign minister: the row was said not to name the one asked of)
    ("who was indonesia fm when jakarta hosted oic ministers in 96", "indonesia_cfm_1996"),
    # pass 205: how many came to the first summit (Soeharto's first summit, Dakar 1991, by
    # "first"), the history of the renaming (the reforms, by "perubahan")
    ("berapa negara yang hadir di KTT pertama OKI", "rabat_attendance"),
    ("how many countries attended the first OIC summit", "rabat_attendance"),
    ("Uraikan sejarah perubahan nama OKI", "name_change"),
    # pass 206: Indonesia's own constraints, not the OIC's; what the OIC calls itself ("diri"
    # read as "berdiri", the founding date)
    ("kendala indonesia di oki", "indonesia_membership"),
    ("hambatan indonesia dalam keanggotaan oki", "indonesia_membership"),
    ("oki sebut diri sebagai apa", "oic_role"),
    # ("selain", besides, was the topic: the one answer saying it, what "KTT" stands for)
    ("oki singkatan dari apa selain organisasi kerja sama islam", "oic_names"),
    # (what the list is for, and wishing as "want": each was not sure)
    ("list the OIC's official languages for my worksheet", "official_languages"),
    ("Should India aspire to become a member of OIC?", "india_not_member"),
    # pass 207: the longest in office said in several words (how long a term is, by "sekjen oki
    # menjabat berapa lama")
    ("sekjen oki paling lama menjabat", "secretaries_general"),
    ("sekjen oki yang menjabat paling lama siapa", "secretaries_general"),
    # (an organ's Indonesian name asked in English: the OIC's names)
    ("what is KTM OKI in english", "cfm"),
    ("what is KTT OKI in english", "islamic_summit"),
    # (who elects, claimed of the summit: the term of office)
    ("Is the OIC secretary general elected by the summit?", "sg_election"),
    # (chat and exam words: "frm", "triennial", English "when" before Indonesian, read "why")
    ("did egypt ever get suspended frm oic", "egypt_suspension"),
    ("Which summit decided on triennial summits?", "summit_3"),
    ("when oki berdiri", "founding_date"),
    ("was indonesia one of the founders of the OKI in rabat", "indonesia_membership"),
    # pass 208: "pertama" after another table's word is that table's first (it got the General
    # Secretariat, the earliest body known)
    ("Komite Al-Quds dibentuk oleh KTT OKI pertama kan?", "al_quds_committee"),
    # (Indonesia's part over the years, not its membership's history by "sejak 1969")
    ("Uraikan peran Indonesia dalam OKI sejak 1969 sampai sekarang", "indonesia_roles"),
])
def test_red_team_questions_get_the_entry_that_answers_them(engine: Engine, question: str,
                                                           intent: str) -> None:
    reply = engine.ask(question)
    assert reply.kind == "answer" and reply.intent == intent, reply.reason


@pytest.mark.parametrize(("question", "lang"), [
    # a capitalised English name says nothing of the language around it (both were answered
    # in English)
    ("Afghanistan Humanitarian Trust Fund dikelola siapa?", "id"),
    ("IUT (Islamic University of Technology) ada di Islamabad ya", "id"),
    ("Where is the Islamic Development Bank", "en"),
    ("Who Is The Secretary General", "en"),  # (all capitalised: read whole)
])
def test_the_language_is_read_outside_capitalised_names(engine: Engine, question: str,
                                                        lang: str) -> None:
    assert engine.detect_language(question) == lang
    assert engine.ask(question).lang == lang


@pytest.mark.parametrize(("question", "intent", "opening"), [
    # a claim naming the thing made and a meeting got an entry about something else of that
    # meeting or place (the 2005 programme), as if it said yes
    ("IPHRC dibentuk di KTT luar biasa Makkah 2005 ya?", "iphrc",
     "Bukan di KTT Luar Biasa OKI ke-3 (2005): menurut sumber kami, di Sidang ke-38"),
    ("The OIC-2025 programme was adopted at the Makkah summit in 2005, correct?", "oic_2025",
     "Not at the 3rd Extraordinary Islamic Summit (2005): according to our sources, at the "
     "13th Islamic Summit (2016)."),
])
def test_a_thing_claimed_made_at_the_wrong_meeting_is_told_where_it_was_made(
        engine: Engine, question: str, intent: str, opening: str) -> None:
    reply = engine.ask(question)
    assert reply.kind == "answer" and reply.intent == intent, reply.reason
    assert reply.answer.startswith(opening), reply.answer


@pytest.mark.parametrize("question", [
    "OKI didirikan di Kairo?",  # (a place names no Cairo Declaration)
    "was the OIC's new emblem adopted in Baku in 2011?",  # ("new" names no new headquarters)
    "OIC-2025 diadopsi di KTT Istanbul 2016 kan?",  # (where it was: plainly)
])
def test_a_claim_naming_no_other_thing_made_is_not_sent_elsewhere(engine: Engine,
                                                                  question: str) -> None:
    reply = engine.ask(question)
    assert not reply.answer.startswith(("Not at", "Bukan di")), reply.answer


def test_when_a_named_holder_was_first_chosen_is_about_them(engine: Engine) -> None:
    """"pertama kali" after a name is when that one first was, not the first row (it got the
    Secretary-General of the year named, as if he were Ihsanoglu)."""
    reply = engine.ask("Ihsanoglu pertama kali dipilih jadi sekjen di KTT Putrajaya 2003 ya?")
    assert reply.entry == "sg_9", reply.reason
    assert reply.answer.startswith("Bukan di KTT Islam ke-10 (2003)"), reply.answer


@pytest.mark.parametrize(("question", "row", "named"), [
    ("Sidang Menlu OKI ke-47 di Niamey memilih siapa?", "cfm_47", "Hissein Brahim Taha"),
    ("who was elected at the 47th CFM", "cfm_47", "Hissein Brahim Taha"),
    ("KTM ke-31 OKI memilih siapa?", "cfm_31", "İhsanoğlu"),
])
def test_whom_a_meeting_elected_is_who_it_chose_not_its_chair(
        engine: Engine, question: str, row: str, named: str) -> None:
    """"memilih siapa" got "our sources do not say who chaired it", its record naming whom it
    elected."""
    reply = engine.ask(question)
    assert reply.kind == "answer" and reply.entry == row, reply.reason
    assert named in split_lead(reply.answer)[0], reply.answer


@pytest.mark.parametrize(("question", "row"), [
    ("Siapa sekjen OKI yang mundur karena alasan kesehatan?", "sg_10"),
    ("Which Secretary-General was a former Prime Minister?", "sg_1"),
])
def test_the_one_holder_whose_record_says_what_is_asked_answers(engine: Engine, question: str,
                                                                row: str) -> None:
    """Each was not sure: no number, year or name picked a row, only a word one record says."""
    reply = engine.ask(question)
    assert reply.kind == "answer" and reply.entry == row, reply.reason


def test_a_holder_is_not_picked_by_a_meeting_said_but_not_named(engine: Engine) -> None:
    """"Who became SG at that meeting?" got İhsanoğlu, the one whose record says "meeting"."""
    reply = engine.ask("Who became SG at that meeting?")
    assert reply.kind != "answer" or reply.entry != "sg_9", reply.reason


def test_a_holder_asked_at_a_time_is_not_picked_by_a_word_of_the_time(engine: Engine) -> None:
    """"Who was Secretary-General when the Charter was adopted?" asks at which time (1972 or
    2008), which it says it cannot tell: not offered the one whose record says "adopted"."""
    answer = engine.ask("Who was Secretary-General when the Charter was adopted?").answer
    assert answer.startswith("I cannot tell which time you mean"), answer


@pytest.mark.parametrize(("question", "row"), [
    ("Abdoulaye Wade chaired which Islamic summit?", "summit_11"),
    ("Which summit did Erdogan chair?", "summit_13"),
])
def test_a_chair_s_name_picks_the_meeting_not_a_chairs_record(engine: Engine, question: str,
                                                              row: str) -> None:
    """(A name one chairs' record says, beside the meetings' table, is not a deed of a
    holder: it tied the two, not sure.)"""
    assert engine.ask(question).entry == row


def test_a_named_holder_first_elected_is_about_them(engine: Engine) -> None:
    """"was first elected" after a name got the 1st Secretary-General, "Not İhsanoğlu"."""
    reply = engine.ask("Ihsanoglu was first elected SG at the 11th summit in Dakar in 2008, "
                       "right?")
    assert reply.entry == "sg_9", reply.reason
    assert "Istanbul" in reply.answer and "re-elected" in reply.answer, reply.answer


def test_comcec_put_at_casablanca_is_told_where_it_was_created(engine: Engine) -> None:
    """The 4th summit's record said only that COMCEC "became operational" there, which read
    as a yes to "created at Casablanca in 1984"; it says it was created in 1981."""
    reply = engine.ask("COMCEC was created at the Casablanca summit in 1984, right?")
    assert "created by the 3rd summit (1981)" in split_lead(reply.answer)[0], reply.answer


def test_a_claimed_year_corrected_shows_the_year_the_sources_give(engine: Engine) -> None:
    """"Our sources do not mention 1987" was followed by what SESRIC is; the year it was
    created (1977) was past "More"."""
    shown = split_lead(engine.ask("SESRIC was created in 1987, right?").answer)[0]
    assert "1987" in shown and "1977" in shown, shown


def test_a_year_claimed_with_a_time_beside_it_is_still_a_claim(engine: Engine) -> None:
    """"... in 2008 *when* the new charter was adopted?" read "when" as asking: no claim to
    check, and the 2008 Charter answered as if the OIC had been renamed with it."""
    reply = engine.ask("The OIC changed its name in 2008 when the new charter was adopted?")
    assert reply.intent == "name_change" and "2011" in reply.parts()[0], reply.reason
    assert reply.answer.startswith("The sources of this answer do not mention 2008."), reply.answer


@pytest.mark.parametrize("question", [
    # a title is no name: "prime minister" named the one chair our sources call so
    "Did Anwar Ibrahim host the 2003 OIC summit in Putrajaya as prime minister?",
    "Did Prime Minister Mahathir host the 10th Islamic Summit?",
    # nor is a surname after another's first name ("Benazir Bhutto" got Zulfikar Ali Bhutto)
    "KTT LB Islamabad 1997 dipimpin Benazir Bhutto?",
])
def test_no_chair_is_named_by_a_title_or_a_shared_surname(engine: Engine, question: str
                                                         ) -> None:
    reply = engine.ask(question)
    assert "Bhutto" not in split_lead(reply.answer)[0], reply.answer


@pytest.mark.parametrize(("question", "intent", "fact"), [
    ("In the 2004 SG election, what was the vote count?", "sg_election", "32 votes"),
    ("Indonesia chaired an OIC committee on the Moro Muslims. What was it called?",
     "indonesia_moro", "Committee of Six"),
    # (it got the OIC-2025 programme, "which summit adopted it" read alone)
    ("The OIC had a Ten-Year Programme of Action. Which summit adopted it?", "typoa",
     "3rd Extraordinary Summit"),
])
def test_a_clause_answered_weakly_yields_to_its_whole_answered_surely(
        engine: Engine, question: str, intent: str, fact: str) -> None:
    """The asking clause read alone got the observers ("what was the vote count": "observer
    count") and Indonesia's roles in general, where the sentence before it named what it
    asks of."""
    reply = engine.ask(question)
    assert reply.intent == intent and fact in "\n".join(reply.answer.splitlines()[:3]), \
        reply.answer


@pytest.mark.parametrize("question", ["IPHRC dibentuk di Jakarta tahun 2012 ya?",
                                      "The IPHRC was launched in Jakarta in 2012?"])
def test_a_claim_mixing_a_launch_and_a_first_session_is_told_both(engine: Engine,
                                                                  question: str) -> None:
    """It was told "our sources do not mention Jakarta or 2012", though another entry says
    the commission first met there then."""
    shown = split_lead(engine.ask(question).answer)[0]
    assert "Astana" in shown and "Jakarta" in shown and "2012" in shown, shown


@pytest.mark.parametrize(("question", "intent", "fact"), [
    # "PM" is a prime minister (it got the 2019 Kuala Lumpur Summit; and "Which
    # Secretary-General was a former PM?" was not sure)
    ("Which Malaysian PM hosted the OIC summit in 2003?", "summit_10", "Mahathir"),
    ("Which Secretary-General was a former PM?", "sg_1", "Prime Minister"),
    # a country of the one named describes them: no comparison of two ("Madani came before
    # Al-Othaimeen" never said he was the first Saudi)
    ("Was Iyad Madani the first Saudi to be OIC Secretary General?", "sg_10",
     "the first Saudi in the post"),
    ("Yousef al-Othaimeen adalah sekjen OKI pertama dari Arab Saudi. B/S?", "sg_10",
     "Madani dipilih pada KTT ke-12 di Kairo (Februari 2013) sebagai orang Saudi pertama"),
    # "a Turk" is of Türkiye, no name (it was told "No: Turk is not among the
    # Secretaries-General", İhsanoğlu listed below)
    ("Has a Turk ever been OIC secretary general?", "sg_9", "İhsanoğlu"),
    # before they came to the OIC is no Secretary-General before them (it got Al-Othaimeen)
    ("Riwayat jabatan Hissein Taha sebelum ke OKI apa aja?", "sg_12", "menteri luar negeri"),
    # Syria's return changed no count (58 was only "not mentioned")
    ("The OIC has 58 members now that Syria is back, right?", "syria_reinstated", "57"),
])
def test_what_is_asked_is_in_the_lines_shown(engine: Engine, question: str, intent: str,
                                             fact: str) -> None:
    reply = engine.ask(question)
    assert reply.intent == intent and fact in split_lead(reply.answer)[0], reply.answer


def test_votes_counted_are_no_count_of_rows(engine: Engine) -> None:
    """"ihsanoglu won the 2004 sec-gen vote by how many votes vs the others?" was told "Our
    sources list 11", the other Secretaries-General counted as if votes."""
    reply = engine.ask("ihsanoglu won the 2004 sec-gen vote by how many votes vs the others?")
    assert "list 11" not in reply.answer, reply.answer


@pytest.mark.parametrize(("question", "said"), [
    ("Di mana markas SESRIC, IRCICA dan ICDT?", ("Ankara", "Istanbul", "Casablanca")),
    ("COMCEC's chair is the president of which country, and COMSTECH's?",
     ("President of Türkiye", "President of Pakistan")),
])
def test_each_named_in_a_list_after_the_asking_clause_is_answered(
        engine: Engine, question: str, said: tuple[str, ...]) -> None:
    """The asking clause read alone ("di mana markas sesric") answered the first named only,
    and the others were dropped."""
    shown = split_lead(engine.ask(question).answer)[0]
    assert all(s in shown for s in said), shown


def test_a_title_said_as_indonesian_says_its_is_no_name(engine: Engine) -> None:
    """"KTT ke-10 tuan rumahnya siapa perdana *menterinya*?" was told "Bukan Perdana
    Menterinya", a true host denied as if "menterinya" were a name."""
    reply = engine.ask("KTT OKI ke 10 tuan rumahnya siapa perdana menterinya?")
    shown = split_lead(reply.answer)[0]
    assert not shown.startswith("Bukan") and "Mahathir" in shown, reply.answer


@pytest.mark.parametrize(("question", "row"), [
    ("In Dec 1996 the OIC foreign ministers met in Jakarta - who presided over that meeting?",
     "cfm_24"),
    ("40th session of the OIC foreign ministers council: which city hosted it?", "cfm_40"),
    ("which city hosted the foreign ministers council in 2020", "cfm_47"),
])
def test_what_the_ministers_do_or_make_is_no_name_after_their_title(
        engine: Engine, question: str, row: str) -> None:
    """Each opened "Not Menlu Meet: ..." or "Our sources do not name Menlu Council as the
    chair or host ...": the verb or the council after "foreign ministers" read as a name."""
    reply = engine.ask(question)
    assert reply.entry == row, reply.reason
    assert "Menlu" not in reply.answer, reply.answer


@pytest.mark.parametrize(("question", "row", "not_opening"), [
    # a re-election the holder's record tells is no claim to correct ("Not at the 11th
    # Islamic Summit (2008)" contradicted the line below it)
    ("Was Ihsanoglu re-elected at the Dakar summit in 2008?", "sg_9", "Not at"),
    # nor is the next to take office the one elected at a meeting our sources do not tie to
    # any election (it got Pirzada, in office from 1985, as "this one")
    ("Habib Chatty was elected Secretary-General at the 3rd Islamic Summit in Makkah in 1981, "
     "right?", "sg_4", "Not Habib Chatty"),
])
def test_an_election_is_told_only_where_the_sources_place_it(
        engine: Engine, question: str, row: str, not_opening: str) -> None:
    reply = engine.ask(question)
    assert reply.entry == row, reply.reason
    assert not reply.answer.startswith(not_opening), reply.answer


def test_the_last_meeting_a_place_hosted_asked_without_a_question_word(engine: Engine) -> None:
    """Asked with "?" alone it reads as a claim, told with the latest of all; the place's
    own latest is of any kind there too (it listed the 13th summit, of 2016)."""
    reply = engine.ask("KTT terakhir yg diadakan di Istanbul?")
    assert "KTT Luar Biasa OKI ke-7: Istanbul" in reply.answer, reply.answer


@pytest.mark.parametrize(("question", "year"), [
    # a line pointing back ("Its communiqué also ...") shown first read as about the year
    # the question names; the lead says which summit it was (of a summit held in the same
    # city the other year, the entry is not answered at all: see below)
    ("The extraordinary summit in Istanbul in May 2018 declared East Jerusalem the capital of "
     "Palestine, right?", "2017"),
])
def test_a_line_pointing_back_is_not_shown_first_for_a_dated_claim(
        engine: Engine, question: str, year: str) -> None:
    shown = split_lead(engine.ask(question).answer)[0]
    assert year in shown and not shown.startswith("Its"), shown


@pytest.mark.parametrize(("question", "row", "opening"), [
    # a declaration named by its city put at another meeting got that meeting's record,
    # which never says it, as if it said yes
    ("The Banjul Declaration came out of the 49th CFM in Nouakchott, correct?", "summit_15",
     "Not at the 49th Session of the Council of Foreign Ministers (Nouakchott, Mauritania): "
     "according to our sources, at the 15th Islamic Summit (2024)."),
    ("Deklarasi Jakarta dihasilkan sidang menlu OKI ke-24 tahun 1996 ya?",
     "extraordinary_summit_5", "Bukan di Sidang ke-24 Dewan Menteri Luar Negeri OKI"),
])
def test_a_declaration_put_at_the_wrong_meeting_is_told_the_one_that_adopted_it(
        engine: Engine, question: str, row: str, opening: str) -> None:
    reply = engine.ask(question)
    assert reply.kind == "answer" and reply.entry == row, reply.reason
    assert reply.answer.startswith(opening), reply.answer


@pytest.mark.parametrize(("question", "row"), [
    ("The Banjul Declaration was adopted at the 15th summit, right?", "summit_15"),
    # (... nor put elsewhere by an entry about something else said of that meeting: "not at
    # the 14th but at the 3rd extraordinary", told by the Ten-Year Programme)
    ("Deklarasi Makkah 2019 itu dihasilkan di KTT Istanbul ya?", "summit_14"),
    # (... though a later meeting revised it: the 19th was told "not at the 19th but at the
    # 47th", a false correction)
    ("Deklarasi Kairo tentang HAM diadopsi pada sidang menlu ke-19 di Kairo tahun 1995, benar "
     "kan?", "cfm_19"),
])
def test_a_declaration_at_its_own_meeting_is_no_claim_to_correct(engine: Engine, question: str,
                                                                 row: str) -> None:
    reply = engine.ask(question)
    assert reply.entry == row and not reply.answer.startswith(("Not at", "Bukan di")), \
        reply.answer


@pytest.mark.parametrize(("question", "known"), [
    ("Deklarasi Dakar 2008 isinya apa?", False),  # got the 2008 Charter, adopted in Dakar
    ("Deklarasi Niamey 2020 isinya apa?", False),  # got the revised Cairo Declaration
    ("apa isi deklarasi jakarta", True),  # (adopted by the 2016 Jakarta summit)
    ("what is the cairo declaration", True),  # (an entry's own)
    # ... nor one of that name of another year (the 2016 Jakarta and 1990 Cairo ones answered)
    ("Deklarasi Jakarta 1996 itu apa", False), ("the 1996 Jakarta Declaration", False),
    ("Deklarasi Kairo 2013 isinya apa", False),
    ("Deklarasi Jakarta 2016 itu apa", True), ("Deklarasi Kairo 1990 isinya apa", True),
    # (a year said of the meeting, not of the declaration: "not there, at the 2016 summit")
    ("KTT Banjul 2024 menghasilkan Deklarasi Jakarta kan?", True),
    ("Deklarasi Makkah dikeluarkan KTT Istanbul 2016 kan?", True),
])
def test_a_declaration_no_source_records_is_not_answered_with_another_text(
        engine: Engine, question: str, known: bool) -> None:
    assert (engine.ask(question).kind == "answer") is known


@pytest.mark.parametrize(("question", "said"), [
    ("What did the 2019 Makkah summit adopt?", "Makkah Declaration"),
    ("what did the putrajaya summit adopt", "Commission of Eminent Persons"),
])
def test_what_a_meeting_adopted_is_its_outcome(engine: Engine, question: str, said: str) -> None:
    """"adopt" was a word the summit's row left unexplained: "Our sources do not say that
    happened at the 14th Islamic Summit", or not sure."""
    reply = engine.ask(question)
    assert reply.kind == "answer" and said in split_lead(reply.answer)[0], reply.answer


def test_who_invited_to_a_meeting_is_told_by_its_record(engine: Engine) -> None:
    """"siapa yang mengundang" was read as who chaired it: "our sources do not say who chaired
    it", the record saying it was held at King Hassan II's invitation."""
    reply = engine.ask("KTT OKI ke 4 di casablanca, siapa yang mengundang dan apa keputusan "
                       "pentingnya?")
    assert reply.kind == "answer" and reply.entry == "summit_4", reply.reason
    assert "Hassan II" in split_lead(reply.answer)[0], reply.answer


def test_the_meetings_that_adopted_a_declaration_of_one_name_are_all_named(
        engine: Engine) -> None:
    """"Which summit issued the Makkah Declaration?" got the 2019 summit alone; the 2005
    extraordinary one adopted one too. A question naming one of them is about that one."""
    reply = engine.ask("Which summit issued the Makkah Declaration?")
    assert reply.kind == "answer", reply.reason
    assert "2005" in reply.answer and "2019" in reply.answer, reply.answer
    assert engine.ask("Deklarasi Istanbul disahkan di KTT ke-13 kan?").entry == "summit_13"


@pytest.mark.parametrize("question", ["Deklarasi Makkah isinya apa",
                                      "what did the makkah declaration say"])
def test_a_declaration_of_two_meetings_offers_both_when_not_sure(engine: Engine,
                                                                 question: str) -> None:
    """Two summits adopted a Makkah Declaration (2005, 2019); not sure of it, the bot offered
    the Jakarta summit's declaration, or nothing."""
    reply = engine.ask(question)
    assert reply.kind == "suggest", reply.reason
    assert {s.entry for s in reply.suggestions[:2]} == {"summit_14", "extraordinary_summit_3"}, \
        reply.suggestions


@pytest.mark.parametrize("question", ["Apa itu Dewan Keamanan OKI?",
                                      "Majelis Umum OKI itu organ apa?",
                                      "does the oic have a security council"])
def test_an_organ_the_oic_does_not_have_is_said_not_to_exist(engine: Engine,
                                                             question: str) -> None:
    """"Majelis Umum OKI" got the OIC's observer seat at the UN, "Dewan Keamanan OKI" the
    force of UN Security Council resolutions, never saying the OIC has no such organ."""
    reply = engine.ask(question)
    assert reply.intent == "no_un_organs", reply.reason
    assert split_lead(reply.answer)[0].startswith(("OKI tidak punya", "The OIC has no")), \
        reply.answer


def test_a_year_right_after_a_claimed_place_is_claimed_too(engine: Engine) -> None:
    """"di Rabat 1969" claimed the year as well as the place; the year alone was left
    unexplained and "ditandatangani" got Indonesia's membership (it did not sign the 1972
    Charter)."""
    reply = engine.ask("Piagam OKI pertama ditandatangani di Rabat 1969 kan?")
    assert reply.intent == "charter_1972", reply.reason
    assert reply.answer.startswith("Sumber jawaban ini tidak menyebut Rabat atau 1969."), \
        reply.answer


def test_who_is_from_a_country_is_not_answered_with_people_from_others(engine: Engine) -> None:
    """"Tokoh pendiri OKI dari Indonesia siapa?" got King Faisal and King Hassan II."""
    reply = engine.ask("Tokoh pendiri OKI dari Indonesia siapa?")
    assert reply.kind == "suggest", reply.reason
    assert engine.ask("siapa tokoh pendiri oki").intent == "founders"


@pytest.mark.parametrize("question", ["Astana", "afghanistan", "Tehran"])
def test_a_place_alone_says_nothing_of_the_language(engine: Engine, question: str) -> None:
    """Each was answered in English: a place's name is the same in either language, so the
    hint (then the default, Indonesian) decides."""
    assert engine.detect_language(question) == "id"
    assert engine.detect_language(question, hint="en") == "en"


@pytest.mark.parametrize(("question", "intent"), [
    # where an exam item comes from, before a colon, is not what it asks (each got "not sure")
    ("CSS 2018 MCQ: The headquarters of the OIC is located in: (a) Riyadh (b) Jeddah "
     "(c) Makkah (d) Cairo", "headquarters"),
    ("PPSC MCQ: The OIC changed its name in 2011 at a meeting held in: (A) Astana (B) Dakar "
     "(C) Jeddah (D) Kuala Lumpur", "name_change"),
    ("Soal PKn: Markas besar OKI berada di kota...", "headquarters"),
    # ... nor in a bracketed tag at either end (the class's "9" was checked as a claim, or
    # each was not sure)
    ("(soal PKn kelas 9) Piagam OKI pertama disahkan di konferensi menlu ke berapa?",
     "charter_1972"),
    ("[UTS kelas 9] kapan oki berdiri", "founding_date"),
    ("(grade 9 civics) when was the OIC founded?", "founding_date"),
    ("Apa tugas Sekjen OKI? (PR PKn kelas 8)", "sg_duties"),
])
def test_an_exam_items_source_label_is_set_aside(engine: Engine, question: str,
                                                 intent: str) -> None:
    reply = engine.ask(question)
    assert reply.kind == "answer" and reply.intent == intent, reply.reason


def test_a_tag_states_no_number_to_check(engine: Engine) -> None:
    """"(soal PKn kelas 9) Anggota OKI yang penduduknya paling sedikit?" opened "Sumber kami
    di sini tidak menyebut 9"."""
    reply = engine.ask("(soal PKn kelas 9) Anggota OKI yang penduduknya paling sedikit?")
    assert reply.kind == "answer" and "9" not in reply.answer.split("\n")[0], reply.answer


def test_options_all_years_ask_when(engine: Engine) -> None:
    """"The OIC was founded in" came as close to why and by whom it was founded as to when;
    options that are all years say which."""
    reply = engine.ask("Quiz: The OIC was founded in (a) 1945 (b) 1969 (c) 1971 (d) 1981")
    assert reply.kind == "answer" and reply.intent == "founding_date", reply.reason


@pytest.mark.parametrize(("question", "said"), [
    ("The 2003 OIC summit in Malaysia was hosted by: A) Anwar Ibrahim B) Mahathir Mohamad "
     "C) Najib Razak D) Abdullah Badawi", "hosted by Prime Minister Mahathir"),
    ("PUIC bermarkas di: a) Teheran b) Jakarta c) Istanbul d) Islamabad", "di Teheran"),
    ("COMSTECH berkantor di a. Islamabad b. Dakar c. Istanbul d. Rabat", "di Islamabad"),
])
def test_the_sentence_naming_an_option_leads(engine: Engine, question: str, said: str) -> None:
    """Each showed where and when the summit was, or what the body is, the option that
    answers past "More" (beside a sentence naming another: Badawi, chair of the summit
    later; the PUIC's conference in Jakarta)."""
    assert said in split_lead(engine.ask(question).answer)[0]


@pytest.mark.parametrize(("question", "said"), [
    # the lead names the answer as "Türkiye"
    ("Ekmeleddin Ihsanoglu was from which country? a) Egypt b) Turkey c) Iran d) Malaysia",
     "Türkiye"),
    # ... or says all of the question
    ("East Jerusalem declared Palestine's capital at: A) Jakarta 2016 B) Istanbul 2017 "
     "C) Riyadh 2023 D) Doha 2025", "Istanbul Declaration"),
])
def test_a_lead_naming_an_option_or_saying_the_question_stays(engine: Engine, question: str,
                                                              said: str) -> None:
    assert said in split_lead(engine.ask(question).answer)[0]


def test_no_option_leads_when_two_are_named_by_sentences_saying_as_much(engine: Engine) -> None:
    """"berkedudukan" is said by neither the sentence on the PUIC's seat in Tehran nor the one
    on its conference in Jakarta: which comes first in the options tells nothing. (The blank
    after "di" asks a place, and the lead's own paragraph gives its seat: that shows.)"""
    for options in ("a) Teheran b) Jakarta", "a) Jakarta b) Teheran"):
        lead = split_lead(engine.ask(f"PUIC berkedudukan di: {options} c) Istanbul "
                                     "d) Islamabad").answer)[0]
        assert "Teheran" in lead and "Jakarta" not in lead


def test_oic_meetings_of_a_year_list_every_kind(engine: Engine) -> None:
    """"which oic meetings were held in 1997" (no place) got "not sure"; both summits of
    that year are listed, as a place's meetings are."""
    reply = engine.ask("which oic meetings were held in 1997")
    assert reply.kind == "answer", reply.reason
    assert "Islamabad" in reply.answer and "Tehran" in reply.answer, reply.answer


@pytest.mark.parametrize("question", ["Sekjen OKI dari Arab Saudi siapa aja?",
                                      "which saudis served as oic secretary general"])
def test_the_secretaries_general_of_a_country_are_listed(engine: Engine, question: str) -> None:
    """Examples naming Saudi Arabia in the whole list's intent made the two answers tie: not
    sure."""
    reply = engine.ask(question)
    assert reply.kind == "answer", reply.reason
    assert "Madani" in reply.answer and "Al-Othaimeen" in reply.answer, reply.answer
    assert "Tunku" not in reply.answer, reply.answer


def test_how_many_of_a_country_counts_its_rows(engine: Engine) -> None:
    """"how many pakistanis have been oic secretary general" got the whole list: the count of
    one row was read as a number the row should hold."""
    reply = engine.ask("how many pakistanis have been oic secretary general")
    assert reply.answer.startswith("Our sources list 1:"), reply.reason
    assert "Pirzada" in split_lead(reply.answer)[0]


@pytest.mark.parametrize(("question", "first"), [
    ("was the first islamic summit held in lahore in 1974?", "Rabat"),
    ("was the first ICFM held in karachi in 1970?", "Jeddah"),
    ("the first extraordinary summit was in makkah in 2005, right?", "Islamabad"),
])
def test_a_first_claimed_at_a_place_and_year_is_told_the_first_of_all(
        engine: Engine, question: str, first: str) -> None:
    """With a year said after "first", the meeting at that place and year answered alone, as
    if it were the first."""
    reply = engine.ask(question)
    assert first in split_lead(reply.answer)[0], reply.answer


@pytest.mark.parametrize(("question", "row"), [
    ("Was the 2016 Istanbul summit the first summit in Turkey?", "summit_13"),  # (named first)
    ("Bangladesh pertama kali jadi tuan rumah sidang menlu OKI tahun 1983?",
     "cfm_session_1983"),  # (the first time it hosted)
])
def test_a_row_named_before_first_is_the_one_claimed(engine: Engine, question: str,
                                                     row: str) -> None:
    assert engine.ask(question).entry == row


def test_a_language_named_by_its_country_names_no_chair(engine: Engine) -> None:
    """"... dalam bahasa Indonesia?" got the 24th CFM, chaired by "Indonesia's Foreign
    Minister Ali Alatas", as if the question named him: "bahasa Indonesia" is a language,
    and a country in a chair's title is no name of the chair."""
    reply = engine.ask("Apa nama sidang menlu OKI dalam bahasa Indonesia? KTM atau KTT?")
    assert reply.entry != "cfm_24", reply.reason


@pytest.mark.parametrize(("question", "row", "seat"), [
    ("where is the OIC news agency based", "body_una", "Jeddah"),
    ("Where is the Islamic University of Technology?", "body_iut", "Dhaka"),
])
def test_a_kind_s_word_inside_a_name_is_the_name_s(engine: Engine, question: str, row: str,
                                                   seat: str) -> None:
    """"news *agency*", "Islamic *University* of Technology": read as the kind "agency" or
    "university", they left out the row named (a specialised institution, a subsidiary
    organ)."""
    reply = engine.ask(question)
    assert reply.kind == "answer" and reply.entry == row, reply.reason
    assert seat in split_lead(reply.answer)[0], reply.answer


def test_a_place_hosting_a_meeting_of_a_body_is_not_said_to_be_its_seat(engine: Engine) -> None:
    """"Not in Jakarta: in Jeddah" answered a true premise: the IPHRC's first session was held
    in Jakarta (its seat is Jeddah)."""
    answer = engine.ask("Jakarta pernah jadi tuan rumah sidang pertama IPHRC kapan?").answer
    assert not answer.startswith("Bukan di Jakarta"), answer
    # ... nor where it met, or keeps another office (each was told "Bukan di ...")
    for question, said in (("PUIC pernah bersidang di Jakarta? kapan?", "Jakarta (12–15 Mei 2025)"),
                           ("IPHRC pernah bersidang di Jakarta?", "Jakarta, Februari 2012"),
                           ("IsDB punya kantor regional di Jakarta?", "tidak menyebut Jakarta")):
        reply = engine.ask(question)
        assert not reply.answer.startswith("Bukan di") and said in reply.answer, reply.reason
    # ... while a meeting said to have set it up is still answered by its record, which says
    # which did ("dibentuk KTT ke-3 di Makkah")
    reply = engine.ask("COMSTECH dibentuk di KTT Lahore 1974 kan?")
    assert reply.entry == "body_comstech" and "KTT ke-3 di Makkah" in reply.answer, reply.reason


@pytest.mark.parametrize(("question", "intent"), [
    ("Name the 5 observer states of OIC", "observers"),
    ("sidang menlu oki 1 thn sekali bener?", "cfm"),
])
def test_a_small_count_in_figures_is_the_answer_s_count_in_words(engine: Engine, question: str,
                                                                 intent: str) -> None:
    """"5" was a word the answer saying "five observer states" left unexplained: not sure."""
    reply = engine.ask(question)
    assert reply.kind == "answer" and reply.intent == intent, reply.reason


@pytest.mark.parametrize(("question", "row"), [
    ("Where was the 49th session of OIC foreign ministers held?", "cfm_49"),
    ("When did Pakistan last host the OIC foreign ministers?", "cfm_48"),
    ("when did the 42nd conference of OIC foreign ministers take place", "cfm_42"),
    ("where did the second oic foreign ministers conference take place", "cfm_2"),
])
def test_the_oic_foreign_ministers_name_their_sessions(engine: Engine, question: str,
                                                       row: str) -> None:
    """"session of OIC foreign ministers" (no "the", no "council") named no table: not sure,
    or the latest session."""
    reply = engine.ask(question)
    assert reply.kind == "answer" and reply.entry == row, reply.reason


@pytest.mark.parametrize(("question", "row"), [
    ("Kamerun gabung OKI tahun 1974 dan jadi tuan rumah sidang menlu ke-50?", "cfm_50"),
    ("Uganda bergabung tahun 1974 dan jadi tuan rumah sidang menlu ke-35 di Kampala, benar?",
     "cfm_35"),
    # (a year its record does not say is no yes: Niger is a founding member)
    ("Niger bergabung dengan OKI tahun 1974 dan menjadi tuan rumah sidang menlu ke-47, benar?",
     None),
])
def test_a_country_joining_year_is_no_year_of_the_meeting(engine: Engine, question: str,
                                                          row: str | None) -> None:
    """It was told no session matches and offered the 5th CFM, of 1974."""
    reply = engine.ask(question)
    assert reply.entry == row and reply.kind == ("answer" if row else "suggest"), reply.reason


@pytest.mark.parametrize(("question", "row", "said"), [
    ("Apa usulan Indonesia di sidang menlu OKI ke-45 tahun 2018?", "cfm_45", "Kelompok Kontak"),
    ("KTT OKI ke-4 (1984) itu yang ngundang Mesir balik ya?", "summit_4", "Mesir kembali"),
])
def test_a_country_a_numbered_meeting_tells_of_is_not_its_place(
        engine: Engine, question: str, row: str, said: str) -> None:
    """Not named as where it was ("di", "hosted"), a country the meeting's record tells of is
    what it did there: it was told no session matches, the 45th being in Dhaka."""
    reply = engine.ask(question)
    assert reply.kind == "answer" and reply.entry == row, reply.reason
    assert said in split_lead(reply.answer)[0], reply.answer


@pytest.mark.parametrize("question", [
    "Who was the first Arab Secretary-General of the OIC?",
    "Which is the most recent numbered extraordinary Islamic summit?",
])
def test_a_first_of_what_no_row_records_is_not_the_first_of_all(engine: Engine,
                                                                 question: str) -> None:
    """"the first *Arab* Secretary-General" got the first of all, Tunku Abdul Rahman of
    Malaysia; no row records which were Arab."""
    reply = engine.ask(question)
    assert reply.entry not in ("sg_1", "joint_summit_2025"), reply.reason


@pytest.mark.parametrize(("question", "row"), [
    ("Which was the first OIC summit held in Africa south of the Sahara?", "summit_6"),
    ("KTT OKI pertama di Afrika sebelah selatan Sahara", "summit_6"),
    ("When did Senegal first host an Islamic summit?", "summit_6"),  # (hosting, no kind)
    ("the first ever oic summit", "summit_1"),
])
def test_the_first_of_a_region_or_a_place_is_its_own(engine: Engine, question: str,
                                                     row: str) -> None:
    """"Africa south of the Sahara" got the first summit in Africa, Rabat's."""
    reply = engine.ask(question)
    assert reply.kind == "answer" and reply.entry == row, reply.reason


@pytest.mark.parametrize(("question", "city"), [
    ("Which city of Pakistan held the OIC meeting in 1997?", "Islamabad"),
    ("Which city of Turkey held the OIC meeting in 2016?", "Istanbul"),
])
def test_a_city_of_a_country_is_where_a_meeting_was(engine: Engine, question: str,
                                                   city: str) -> None:
    """"city *of* Pakistan" did not read Pakistan as the place (only "in"/"di" did): not sure."""
    reply = engine.ask(question)
    assert reply.kind == "answer" and city in split_lead(reply.answer)[0], reply.reason


@pytest.mark.parametrize("question", ["Name the OIC meetings held in 2016",
                                      "OIC meetings in 2016"])
def test_meetings_of_a_year_are_not_those_of_a_place(engine: Engine, question: str) -> None:
    """An example naming a place where the question names a year ("list oki meetings held
    in indonesia", "oki meetings in jakarta") gave the meetings Indonesia hosted."""
    reply = engine.ask(question)
    assert reply.kind == "answer" and reply.intent != "indonesia_hosted", reply.reason
    assert "Istanbul" in reply.answer and "Jakarta" in reply.answer, reply.answer


@pytest.mark.parametrize(("question", "meaning"), [
    ("OIC means Officer in Charge in the police, what are the duties?", "Officer in Charge"),
    ("apa tugas OIC (officer in charge) di proyek?", "Officer in Charge"),
    # (it got the Rohingya accountability committee)
    ("What is the OIC in accounting, like other income and charges?", "Other Income and Charges"),
])
def test_another_meaning_of_the_letters_oic_gets_no_oic_fact(engine: Engine, question: str,
                                                             meaning: str) -> None:
    """It got the Secretary-General's duties."""
    reply = engine.ask(question)
    assert reply.kind == "other_org" and reply.intent is None, reply.reason
    assert meaning in reply.answer, reply.answer


@pytest.mark.parametrize(("question", "shown"), [
    # a count claimed and corrected shows the count the sources give (it was past "More")
    ("OIC-2025 had 100 goals, right?", "107 goals"),
    ("The IsDB started with 30 members in 1975?", "from 22 to 56"),
])
def test_a_claimed_count_corrected_shows_the_count_the_sources_give(
        engine: Engine, question: str, shown: str) -> None:
    assert shown in split_lead(engine.ask(question).answer)[0]


def test_a_claimed_count_of_a_body_gets_the_body_not_a_country_on_it(engine: Engine) -> None:
    """"IPHRC has 15 commissioners, right?" got Indonesia's roles (one of them on it)."""
    assert engine.ask("IPHRC has 15 commissioners, right?").intent == "iphrc"


@pytest.mark.parametrize(("question", "shown"), [
    # the first or last of a region to join, not the region's list (each got the list)
    ("which african country joined OIC last", "the last to join was Côte d'Ivoire (2001)"),
    ("which asian country joined the OIC most recently", "the last to join was Uzbekistan"),
    ("negara afrika yang paling baru gabung oki", "yang paling akhir bergabung adalah Pantai "
     "Gading (2001)"),
    ("what was the first south american country to join the oic",
     "the first to join was Suriname (1996)"),
])
def test_the_first_or_last_of_a_region_to_join_is_named(engine: Engine, question: str,
                                                        shown: str) -> None:
    reply = engine.ask(question)
    assert reply.kind == "answer" and shown in split_lead(reply.answer)[0], reply.answer


@pytest.mark.parametrize(("question", "row"), [
    # the first so, said of another by name, is the one whose row says so (it got the first
    # Secretary-General of all, Tunku Abdul Rahman)
    ("Hamid Algabid was the first SG chosen by a vote, right?", "sg_9"),
    # ... and the first summit Soeharto attended, said to be another (it was not sure)
    ("Soeharto pertama kali hadir KTT OKI di Kuwait 1987 kan?", "summit_6"),
    # a month claimed is no "first so": the first summit, not the first held in December
    ("The first summit in Rabat was held in December 1969, correct?", "summit_1"),
    # nor a first of a row named: the IPHRC's first session, not the IIFA's
    ("Where was the IPHRC's first session held?", "body_iphrc"),
    # nor "first" said again in other words ("paling awal": Madani's row says "awal 2014")
    ("siapa sekjen pertama OKI selain Taha? maksudnya yang paling awal", "sg_1"),
])
def test_the_first_so_is_the_row_saying_it_was_the_first(engine: Engine, question: str,
                                                         row: str) -> None:
    reply = engine.ask(question)
    assert reply.kind == "answer" and reply.entry == row, reply.reason


@pytest.mark.parametrize("question", ["ICJ keluarin putusan sela kasus rohingya kapan?",
                                      "Putusan sela ICJ soal Rohingya keluar kapan?"])
def test_the_court_s_interim_ruling_is_shown_with_its_date(engine: Engine, question: str
                                                          ) -> None:
    """"Putusan sela" is the provisional measures: the case's status was shown, their date on
    its fourth line (or the bot was not sure)."""
    reply = engine.ask(question)
    assert "23 Januari 2020" in split_lead(reply.answer)[0], reply.answer


def test_a_kind_counted_in_by_incl_counts_every_kind(engine: Engine) -> None:
    """"(incl extraordinary)" counted the extraordinary summits alone (2, not 4)."""
    reply = engine.ask("how many times has makkah hosted an islamic summit (incl extraordinary)")
    assert reply.answer.startswith("Our sources list 4"), reply.answer


@pytest.mark.parametrize(("question", "said"), [
    ("Apa kritik terhadap peran Indonesia di OKI?", "setengah hati"),
    ("what criticism is there of indonesia's role in the oic", "half-hearted"),
])
def test_criticism_of_indonesia_s_role_is_told_with_its_roles(engine: Engine, question: str,
                                                              said: str) -> None:
    """It got the criticism of the OIC in general; the Foreign Ministry's journal calling
    Indonesia's role "half-hearted" is shown with the roles."""
    reply = engine.ask(question)
    assert reply.entry == "indonesia_roles", reply.reason
    assert said in reply.parts()[0]


def test_a_claim_is_not_put_at_a_meeting_a_later_paragraph_names(engine: Engine) -> None:
    """"Soeharto pertama kali menghadiri KTT OKI di Casablanca tahun 1984." was told "Bukan di
    KTT Islam ke-4 (1984): menurut sumber kami, di KTT Islam ke-1 (1969)": the entry on
    Indonesia's membership names the Rabat summit in its first paragraph, and Soeharto's
    first summit (Dakar, 1991) only in its third, which was read as the first (the answer is
    folded to one paragraph a line)."""
    reply = engine.ask("Soeharto pertama kali menghadiri KTT OKI di Casablanca tahun 1984.")
    assert "KTT Islam ke-1" not in reply.answer, reply.answer


def test_an_assistant_secretary_general_is_not_the_secretary_general(engine: Engine) -> None:
    """"name of the assistant sg for science in 2012?" got the Secretary-General of 2012;
    no entry is about the assistants."""
    reply = engine.ask("name of the assistant sg for science in 2012?")
    assert reply.intent is None and "İhsanoğlu" not in reply.answer, reply.reason


def test_the_prep_committee_of_rabat_is_not_an_institution_in_rabat(engine: Engine) -> None:
    """"prep" is "preparatory", and the committee's "members" are said: it got ICESCO (in
    Rabat); now the 1969 summit is offered, or answered."""
    reply = engine.ask("name the members of the prep committee that organised the 1969 Rabat "
                       "meeting")
    assert reply.entry == "rabat_summit" or "rabat_summit" in {
        link.entry for link in reply.suggestions}, reply.reason
    assert reply.entry != "body_icesco"


def test_a_place_counted_in_does_not_filter_the_count(engine: Engine) -> None:
    """"how many regular oic summits so far incl banjul" was told "Our sources list 1", the
    Banjul summit: a false count. A place asked of still filters it."""
    reply = engine.ask("how many regular oic summits so far incl banjul")
    assert reply.answer.startswith("Our sources list 15"), reply.answer
    assert engine.ask("how many summits were held in makkah").answer.startswith(
        "Our sources list 4")


def test_a_kind_counted_in_beside_another_named_adds_to_it(engine: Engine) -> None:
    """"extraordinary summits including the joint ones" got "not sure" (every kind, against
    the one named): the two kinds named are listed."""
    reply = engine.ask("list of extraordinary oic summits including the joint arab-islamic ones")
    assert "7th Extraordinary Islamic Summit" in reply.answer and "2024" in reply.answer
    assert "15th Islamic Summit" not in reply.answer, reply.answer


@pytest.mark.parametrize(("question", "intent"), [
    # a "not" between a verb and its subject is the verb's (it listed every observer but it)
    ("why hasn't the philippines got observer status", "philippines_observer_bid"),
    # ... a country of two words too ("africa" read as after the "not")
    ("Why hasn't South Africa become an OIC observer yet?", "observer_applications"),
    ("Which OIC summit was not held in Saudi Arabia?", None),  # ... but a place's here
])
def test_a_not_of_the_verb_asks_no_others_than_the_country(engine: Engine, question: str,
                                                          intent: str | None) -> None:
    reply = engine.ask(question)
    assert reply.intent == intent or (intent is None and "Saudi" not in reply.answer.split(
        "\n")[0]), reply.answer


@pytest.mark.parametrize(("question", "row", "opening"), [
    # a declaration one meeting's record says it adopted is told by that record (the
    # Jakarta summit of 2016 answered for Istanbul's), and put at another by a claim, that
    # one is named
    ("Deklarasi Istanbul 2016 isinya apa saja?", "summit_13", "KTT Islam ke-13"),
    ("Was the Banjul Declaration adopted at the 6th Islamic summit in Dakar?", "summit_15",
     "Not at the 6th Islamic Summit (1991): according to our sources, at the 15th Islamic "
     "Summit (2024)."),
    ("banjul declaration was adopted at the 14th summit right", "summit_15",
     "Not at the 14th Islamic Summit (2019)"),
])
def test_a_declaration_is_told_by_the_meeting_that_adopted_it(
        engine: Engine, question: str, row: str, opening: str) -> None:
    reply = engine.ask(question)
    assert reply.entry == row and reply.answer.startswith(opening), reply.answer


def test_an_entry_telling_of_the_declaration_keeps_answering(engine: Engine) -> None:
    assert engine.ask("apa itu deklarasi kairo 1990").intent == "cairo_declaration"


@pytest.mark.parametrize(("question", "checked", "asked"), [
    # a premise our sources correct comes first, then the question resting on it
    ("As the first Secretary-General came from Egypt, who was the second?",
     "Tunku Abdul Rahman (Malaysia)", "sg_2"),
    ("Because the OIC has a joint army, which country leads it?", "no joint army",
     "summit_chair"),
    # ... also where the question alone was not understood
    ("Since Syria is still suspended from the OIC, who represents Syria?",
     "reinstated it on 7 March 2025", None),
    # ... or stated plainly before it (it got Indonesia, as if the OIC had 193 members)
    ("The OIC has 193 members, which is the biggest?", "57 member states",
     "indonesia_largest_member"),
    ("oki punya 60 anggota, mana yang terbesar?", "57 negara", "indonesia_largest_member"),
    ("OKI didirikan di Kairo, siapa pendirinya?", "di Rabat, Maroko", "founders"),
    # ... or as a sentence of its own (the 2016 Jakarta summit, as if the OIC began there)
    ("The OIC was founded in Jakarta in 1969. Why Jakarta?", "do not mention Jakarta",
     "jakarta_summit_2016"),
    ("The OIC has 59 members. Which one joined last?", "do not mention 59", "newest_member"),
    # ... also where our sources list no such row (Istanbul's summit, as if in Indonesia)
    ("Indonesia hosted an ordinary summit in 2016. Who chaired it?",
     "no ordinary Islamic Summits in Indonesia", "summit_13"),
    # ... or opened by "kan" (as we know): the criticism, as if India were a member
    ("kan india anggota oki, kok sering dikritik?", "India bukan anggota OKI", "oic_criticism"),
])
def test_a_premise_opening_a_question_is_checked_first(
        engine: Engine, question: str, checked: str, asked: str | None) -> None:
    """The question was answered as if its premise held: the second Secretary-General, an
    Egyptian, as if the first were one too; the summit's chair as the army's leader."""
    reply = engine.ask(question)
    assert reply.kind in ("answer", "membership") and checked in reply.answer, reply.reason
    assert [r.intent for r in reply.also] == [asked], reply.reason
    if asked is None:
        assert reply.also[0].kind == "suggest"  # (said unanswered, not dropped)


@pytest.mark.parametrize(("question", "opening"), [
    ("Was Habib Chatty from Egypt?", "Not from Egypt: our sources say Tunisia."),
    ("sekjen oki iyad madani asal mesir ya", "Bukan dari Mesir: menurut sumber kami, dari Arab"),
    ("hissein taha is from sudan right?", "Not from Sudan: our sources say Chad."),
    ("was the egyptian secretary general iyad madani", "Not from Egypt: our sources say Saudi"),
    ("sekjen mesir iyad madani", "Bukan dari Mesir: menurut sumber kami, dari Arab"),
])
def test_a_holder_put_in_another_country_is_said_to_be_from_theirs(
        engine: Engine, question: str, opening: str) -> None:
    """"Was Habib Chatty from Egypt?" got his row (Tunisia) with no word on Egypt: a yes."""
    assert engine.ask(question).answer.startswith(opening)


def test_a_corrected_premise_telling_what_was_asked_answers_alone(engine: Engine) -> None:
    """"Who set it?" read alone got the founding kings after the arson's answer (who "set it
    up"): that answer, correcting 1967, already says who set the fire."""
    reply = engine.ask("The Al-Aqsa fire was in 1967. Who set it?")
    assert "Dennis Michael Rohan" in reply.answer and not reply.also, reply.reason
    # ... not where the question alone says what the correction does not
    reply = engine.ask("The OIC was founded in 1945 in Cairo. Who founded it?")
    assert [r.entry for r in reply.also] == ["founders"], reply.reason
    reply = engine.ask("Pembakaran Al Aqsa terjadi 1967. terus kapan OKI berdiri?")
    assert [r.entry for r in reply.also] == ["founding_date"], reply.reason


def test_an_answer_correcting_its_premise_itself_answers_what_was_asked(engine: Engine) -> None:
    """The premise checked alone corrected it too, and took its place: what the 3rd summit
    set up was not told."""
    first = engine.ask("The 3rd summit in 1981 was in Baghdad, what did it set up?"
                       ).answer.splitlines()[0]
    assert first.startswith("Not in Baghdad") and "COMCEC" in first


@pytest.mark.parametrize("question", [
    "Was Taha from Chad?",  # (his own country)
    "Sekjen OKI sekarang Iyad Madani dari Saudi. Kapan dia terpilih?",  # (Madani's, not Taha's)
])
def test_a_holder_from_the_country_named_is_not_corrected(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answer.startswith(("Not from", "Bukan dari"))


@pytest.mark.parametrize(("question", "corrected"), [
    ("Indonesia hosted the 5th ordinary summit in 2016. Who chaired it?", "Not in 2016"),
    # (a year the answer says of something else is not the one claimed: "the 1967 borders"
    # of the arson of 21 August 1969, shown first)
    ("Masjid Al-Aqsa dibakar tahun 1967. Siapa pelakunya?",
     "Sumber jawaban ini tidak menyebut 1967. Yang mereka katakan:\nPemicu"),
    ("the al aqsa fire was in 1967 wasnt it", "The sources of this answer do not mention 1967"),
    # (a year right after what happened: "terjadi 1967" was no claim)
    ("Pembakaran Al Aqsa terjadi 1967. terus kapan OKI berdiri?",
     "Sumber jawaban ini tidak menyebut 1967"),
    ("Since India is an observer, what can it do in the oic", "No. India is not"),
])
def test_a_premise_the_answer_asked_of_corrects_is_corrected(engine: Engine, question: str,
                                                             corrected: str) -> None:
    """The 5th summit was told without a word on 2016, as if Indonesia had hosted it then."""
    assert engine.ask(question).answer.startswith(corrected)


@pytest.mark.parametrize(("question", "intent"), [
    # a premise the answer tells of, or our sources confirm: the answer alone
    ("Since Russia became a full OIC member in 2005, does it vote at summits?",
     "russia_observer"),
    ("Since Indonesia joined in 1969, what role has it played?", "indonesia_membership"),
    # a claim drawn from the premise is read whole
    ("Since Morocco is a founding member, the OIC headquarters is in Rabat, right?",
     "headquarters"),
    ("Since Malaysia is a founder, the 1st Islamic summit was held in Kuala Lumpur, right?",
     "summit_1"),
    # a "premise" that asks is a question of its own (it got the OIC's goals first)
    ("Karena apa OKI dibentuk, dan siapa pendirinya?", "founding_trigger"),
    # "AS" is the United States, no "as" (the 2017 summit on its recognition came first)
    ("AS memindahkan kedutaannya ke Yerusalem, apa keputusan KTT Istanbul 2018?",
     "extraordinary_summit_7"),
    # a premise stated plainly is checked only where our sources say otherwise: one they
    # confirm, or cannot check, is the question's setting
    ("The OIC has 57 members, which is the biggest?", "indonesia_largest_member"),
    ("Indonesia is a big country, what does it do in the OIC?", "indonesia_roles"),
    # ("kan", as we know, is such a premise: checked only where our sources say otherwise)
    ("kan markas oki di jeddah, kenapa tidak di mekkah?", "headquarters"),
])
def test_a_premise_that_needs_no_check_leaves_the_answer_alone(
        engine: Engine, question: str, intent: str) -> None:
    reply = engine.ask(question)
    assert reply.intent == intent, reply.reason


@pytest.mark.parametrize(("question", "lead"), [
    # a bare "No." to a question or claim with a "not" in it says either: the entry on the
    # army told a true claim "Tidak."
    ("Benar atau salah: OKI adalah organisasi internasional non-militer", "OKI bukan aliansi"),
    ("the oic is a non-military organisation, true or false?", "The OIC is not a military"),
    ("OKI tidak punya tentara kan?", "OKI bukan aliansi"),
    # ... not to one without, nor to the tag closing one ("... or not")
    ("OKI punya tentara?", "Tidak. OKI bukan aliansi"),
    ("oki punya tentara ga sih?", "Tidak. OKI bukan aliansi"),
    ("oki organisasi militer bukan", "Tidak. OKI bukan aliansi"),
    ("Didn't the OIC set up an army?", "No. The OIC is not"),
    ("does the oic have an army or not", "No. The OIC is not"),
    ("does the oic have an army", "No. The OIC is not"),
])
def test_a_negated_question_gets_no_bare_yes_or_no(engine: Engine, question: str,
                                                    lead: str) -> None:
    reply = engine.ask(question)
    assert reply.intent == "oic_army" and reply.answer.startswith(lead), reply.answer
    # ... nor from a standing ("T/F: Côte d'Ivoire was not the last country to join" was
    # told "Yes.", then that it was the last)
    reply = engine.ask("T/F: Côte d'Ivoire was not the last country to join")
    assert reply.answer.startswith("Côte d'Ivoire is a member"), reply.answer


def test_the_note_on_one_of_several_countries_names_it(engine: Engine) -> None:
    """Indonesia's note ("However, it did not sign the 1972 Charter ...") followed the list,
    read as said of its last line's country, Singapore."""
    reply = engine.ask("Which of these is NOT an OIC member? A. Brunei B. Malaysia "
                       "C. Indonesia D. Singapore")
    assert "\n\nIndonesia: However, it did not sign" in reply.answer, reply.answer


class _TheDayBefore(date):
    """The day before the OIC's 57th anniversary (25 September 1969 + 57 years)."""

    @classmethod
    def today(cls) -> _TheDayBefore:
        return cls(2026, 9, 24)


@pytest.mark.parametrize(("question", "lead"), [
    ("how old is the oic", "56 years as of today (24 September 2026), counted from the date "
     "below (our count, not the sources'):\nThe OIC was founded"),
    ("OKI sudah berdiri berapa tahun sekarang?", "56 tahun hingga hari ini (24 September "
     "2026), dihitung dari tanggal di bawah (hitungan kami, bukan dari sumber):\nOKI didirikan"),
    ("how long ago was the oic founded", "56 years as of today"),
    # (which birthday: it got the 50th anniversary)
    ("oki ultah ke berapa tahun ini", "56 tahun hingga hari ini"),
    # ... but not in a year named, the age then (it was told 7 years), unless counted from it
    ("tahun 2019 oki ulang tahun ke berapa", "Ulang tahun ke-50 OKI"),
    ("how many yrs ago was OIC founded (from 1969)", "56 years as of today"),
    # ... not when a day alone is asked, a span of days, or a count to a later year
    ("kapan oki didirikan", "OKI didirikan"),
    ("berapa lama ktt pertama berlangsung", "KTT Islam ke-1 diadakan"),
    ("how many years since the al aqsa fire in 2025", "The OIC's founding was triggered"),
    # ... nor from a day the answer tells of something else than what is asked (the first
    # got 15 years from the name change; the current Charter's sentence names the first one)
    ("how old is the oic charter (the current one)", "The OIC's current Charter"),
    ("how many years was the oic called organisation of the islamic conference",
     "The OIC's old name was"),
    ("how old is the first oic charter", "54 years as of today (24 September 2026)"),
    ("how old is the oic secretariat", "The OIC was founded"),  # (set up in 1970)
    ("oki ganti nama berapa tahun yang lalu", "15 tahun hingga hari ini (24 September 2026)"),
    # ... from a year alone, about so many (a standing gives the year a country joined)
    ("sudah berapa tahun indonesia jadi anggota oki", "Sekitar 57 tahun hingga hari ini "
     "(24 September 2026), dihitung dari tahun di bawah"),
    # ... not when it was so old, nor an age claimed (counted to today, 7 years)
    ("kapan oki berusia 50 tahun", "Ulang tahun ke-50 OKI"),
    ("oki berumur 50 thn pada 2019?", "Ulang tahun ke-50 OKI"),
])
def test_how_old_is_counted_from_the_day_the_answer_gives(
        engine: Engine, monkeypatch: pytest.MonkeyPatch, question: str, lead: str) -> None:
    """"OKI sudah berdiri berapa tahun sekarang?" was told the founding day alone."""
    monkeypatch.setattr("bot.engine.engine.date", _TheDayBefore)
    reply = engine.ask(question)
    assert reply.answer.startswith(lead) and reply.parts()[0].startswith(lead), reply.answer


def test_a_true_premise_opened_by_kan_is_not_answered_first(engine: Engine) -> None:
    """"kan oki punya 57 anggota, berapa yang di afrika?" was told the member count first,
    the premise it gave, as if news."""
    assert engine.ask("kan oki punya 57 anggota, berapa yang di afrika?").intent != \
        "member_count"


@pytest.mark.parametrize(("question", "intent"), [
    ("The OIC was founded in 1969 in Rabat. What triggered it?", "founding_trigger"),
    ("OKI didirikan tahun 1969 di Rabat. Apa pemicunya?", "founding_trigger"),
    ("The OIC got a new name in 2011. What was it called before?", "name_change"),
])
def test_a_question_about_the_oic_after_a_sentence_about_it_is_answered(
        engine: Engine, question: str, intent: str) -> None:
    """The sentence's year and place got the Rabat summit, "its sources do not say why"."""
    assert engine.ask(question).intent == intent


@pytest.mark.parametrize("question", [
    "The OIC was founded in 1945 after World War II. What was its first goal?",
    "OKI dibentuk tahun 1945 setelah perang dunia. apa tujuannya?",
])
def test_a_year_said_of_the_oic_that_cannot_be_checked_leaves_the_answer_unsure(
        engine: Engine, question: str) -> None:
    """The OIC's goals were told as if it was founded in 1945."""
    reply = engine.ask(question)
    assert reply.kind == "suggest" and reply.intent is None, reply.reason
    assert "oic_goals" in [link.entry for link in reply.suggestions]


def test_a_premise_our_sources_cannot_check_leaves_the_answer_unsure(engine: Engine) -> None:
    """"King Fahd founded the OIC" is in no source (two other kings are named): the OIC's
    goals were told as his."""
    reply = engine.ask("Since King Fahd founded the OIC in 1969, what was his main goal?")
    assert reply.kind in ("suggest", "fallback") and reply.intent is None, reply.reason
    # ("his" is read with the king named: the founders are offered beside the goals)
    assert "oic_goals" in [link.entry for link in (*reply.suggestions, *reply.related)]


@pytest.mark.parametrize("question", [
    "Did Raisi attend the 2024 Riyadh summit?",  # (he attended the 2023 one)
    "The 2023 Riyadh summit urged the ICC to issue arrest warrants, correct?",  # (2024's did)
    "Did the November 2023 Riyadh summit call for freezing Israel's participation in the "
    "UN General Assembly?",
])
def test_a_claim_about_one_meeting_is_not_answered_by_another_held_there(
        engine: Engine, question: str) -> None:
    """The entry on the joint summit held in Riyadh the other year answered, as if yes."""
    reply = engine.ask(question)
    assert reply.kind == "suggest", reply.reason
    assert {"joint_summit_2023", "joint_summit_2024"} & {link.entry for link in reply.suggestions}


@pytest.mark.parametrize(("question", "entry"), [
    # a deed its entry puts at another meeting there is corrected by it
    ("The 2024 Riyadh summit created the seven-minister Gaza committee?",
     "gaza_ministerial_committee"),
    # ... and so is one it puts in another city ("Abu Dhabi, March 2019")
    ("India diundang sebagai tamu kehormatan di KTT Makkah 2019 ya?", "india_not_member"),
    # and the meeting the entry is about, named, is what it answers
    ("Did Raisi attend the 2023 Riyadh summit?", "arab_islamic_summit_2023"),
])
def test_a_claim_the_entry_on_a_meeting_settles_is_answered(
        engine: Engine, question: str, entry: str) -> None:
    assert engine.ask(question).entry == entry


@pytest.mark.parametrize(("question", "entry", "said"), [
    ("Karena COMSTECH diketuai Raja Maroko, kantornya di Rabat?", "body_comstech",
     "Bukan di Rabat"),  # (it got the OIC's headquarters)
    ("Karena COMCEC diketuai Presiden Pakistan, sidangnya di Islamabad ya?", "comcec",
     "tidak menyebut Islamabad"),  # (it got the Permanent Finance Committee)
])
def test_a_claim_pointing_back_at_what_its_reason_names_is_about_it(
        engine: Engine, question: str, entry: str, said: str) -> None:
    reply = engine.ask(question)
    assert reply.entry == entry and said in reply.answer, reply.reason


def test_the_headquarters_shown_first_says_jeddah_is_temporary(engine: Engine) -> None:
    """"Kota yg direncanakan jadi markas permanen OKI adalah a. Jeddah ... c. Al-Quds" showed
    only "Markas OKI ... berada di Jeddah" before "More", which read as answer a."""
    reply = engine.ask("Kota yg direncanakan jadi markas permanen OKI adalah a. Jeddah "
                       "b. Makkah c. Al-Quds d. Rabat e. Kairo")
    shown = split_lead(reply.answer)[0]
    assert "Al-Quds" in shown and "permanen" in shown, shown


def test_the_share_of_resolutions_carried_out_is_the_entry_on_binding_force(
        engine: Engine) -> None:
    """"Berapa persen resolusi OKI yang benar-benar dilaksanakan?" was not sure; the entry on
    whether resolutions bind says it (under 10% of political ones, by an OIC official)."""
    reply = engine.ask("Berapa persen resolusi OKI yang benar-benar dilaksanakan?")
    assert reply.intent == "resolutions_binding" and "10%" in reply.answer, reply.reason


def test_his_name_after_the_person_described_asks_the_whole(engine: Engine) -> None:
    """"oic sg the chad guy, whats his name?" got the OIC's names in four languages: "his
    name" was read alone, the clause before it that says whose set aside."""
    reply = engine.ask("oic sg the chad guy, whats his name?")
    assert reply.entry == "sg_12" and "Taha" in reply.answer, reply.reason


@pytest.mark.parametrize("question", [
    "what's the difference OKI dan OIC", "apa bedanya OKI dan OIC", "oki dan oic beda?",
    "is oic and oki the same", "apa bedanya oki dengan organisasi konferensi islam"])
def test_the_oics_names_compared_get_its_names(engine: Engine, question: str) -> None:
    """"apa bedanya OKI dan OIC" got the summit against the CFM ("apa beda ktt oki dengan
    sidang menlu oki"): its names, read as one, are compared; only what tells of them may
    answer, or be offered."""
    reply = engine.ask(question)
    names = {"oic_names", "name_change"}
    assert reply.intent in names or (
        reply.intent is None and {link.entry for link in reply.suggestions} & names), (
        reply.intent, reply.reason)


@pytest.mark.parametrize(("question", "entry"), [
    # (one name set equal to another: it got what the OIC is)
    ("OKI = organisasi konferensi islam, bener gak?", "oic_names"),
    ("OIC = Organisation of Islamic Conference kan?", "oic_names"),
    # (... or either one, or today's two compared: each got the renaming, which never names
    # the OCI, nor says OKI is its Indonesian name)
    ("OIC or OCI?", "oic_names"),
    ("what's the difference between OIC and OKI", "oic_names"),
    # (... or said to be the other in a language: it got Indonesia's roles)
    ("OKI is OIC in indonesian right? what does OKI stand for", "oic_names"),
])
def test_the_oics_names_set_side_by_side_get_what_each_is(engine: Engine, question: str,
                                                          entry: str) -> None:
    """Today's names compared get the names, in four languages and the old one; the old
    name compared with today's may get the renaming."""
    reply = engine.ask(question)
    assert reply.entry == entry, reply.reason
    renaming = engine.ask("Organisasi Konferensi Islam atau Organisasi Kerja Sama Islam yang "
                          "benar?")
    assert "name_change" in (renaming.entry, *(link.entry for link in renaming.suggestions))
    # (a name in brackets after the other is no question about names, nor "= ?" after one)
    assert engine.ask("What is the Organisation of Islamic Cooperation (OIC)?").entry == \
        "what_is_oic"
    assert engine.ask("O.I.C. = ?").entry == "what_is_oic"


@pytest.mark.parametrize("question", ["summarize the history of the oic",
                                      "Buatlah ringkasan sejarah OKI dalam satu paragraf"])
def test_the_oics_history_asked_is_its_milestones(engine: Engine, question: str) -> None:
    """Each got what triggered the founding alone, nothing after 1969."""
    reply = engine.ask(question)
    assert reply.entry == "oic_history", reply.reason
    assert "1969" in reply.parts()[0] and "2011" in reply.answer


@pytest.mark.parametrize("question", ["ur answers are useless lol", "jawaban lu salah bot"])
def test_a_complaint_about_the_bot_is_not_a_question_about_the_oic(engine: Engine,
                                                                   question: str) -> None:
    """"ur answers are useless lol" got whether the OIC is effective."""
    reply = engine.ask(question)
    assert reply.entry == "complaint", reply.reason
    assert engine.ask("is the oic useless").entry == "oic_effectiveness"


def test_a_deed_done_to_nothing_named_asks_of_the_sentence_before(engine: Engine) -> None:
    """"siapa yg mengusulkan?" was read alone after "nama OKI diganti tahun 2011." and got
    the OIC's founding kings, not who proposed the new name."""
    reply = engine.ask("nama OKI diganti tahun 2011. siapa yg mengusulkan?")
    assert reply.intent == "name_change" and "Kazykhanov" in reply.answer, reply.reason


@pytest.mark.parametrize("question", [
    "Karena Arab Saudi mendanai paling besar, Saudi jadi ketua tetap OKI kan?",
    "Is Saudi Arabia the permanent chair of the OIC?"])
def test_a_permanent_chair_asks_the_rotating_chairmanship(engine: Engine,
                                                          question: str) -> None:
    """"ketua tetap" got the four standing ("tetap") committees and their chairs."""
    assert engine.ask(question).intent == "summit_chair"


def test_a_headline_closing_with_or_is_no_choice_between_names(engine: Engine) -> None:
    """"..., or Just Pakistan's Echo Chamber?" names Pakistan, but is no choice offered to the
    question before it: read as one, the headline was not understood."""
    assert engine.ask("Kashmir and the OIC: Genuine Solidarity, or Just Pakistan's Echo "
                      "Chamber?").intent == "kashmir"


def test_chat_ngesahin_is_mengesahkan(engine: Engine) -> None:
    """"ngesahin" (to adopt) was a word no answer explains, its root too short to stem: what
    the 11th summit adopted was not shown, and a claim that the 6th adopted the new Charter
    got the 6th summit's record, silent on it."""
    shown = split_lead(engine.ask("KTT OKI ke-11 di Dakar ngesahin apa?").answer)[0]
    assert "Piagam OKI yang baru" in shown, shown
    claim = engine.ask("KTT OKI ke-6 di Dakar itu yg ngesahin piagam OKI yg baru kan")
    assert claim.entry != "summit_6", claim.reason


def test_why_in_indonesian_asks_why_in_a_mixed_question(engine: Engine) -> None:
    """"kenapa OIC was founded?" got when and where it was founded: "kenapa" was no word of
    the example "why was the oki founded", and "was ... founded" matched "when was"."""
    for question in ("kenapa OIC was founded?", "mengapa the OIC was founded"):
        assert engine.ask(question).intent == "founding_trigger", question
    assert engine.ask("Kenapa OKI didirikan?").intent == "founding_trigger"


def test_a_later_question_picking_its_own_of_a_series_is_not_read_with_the_first_s_pick(
        engine: Engine) -> None:
    """"Where was the first summit held and where was the latest one?": read with "first
    summit", the second half got the latest foreign ministers' session."""
    reply = engine.ask("Where was the first summit held and where was the latest one?")
    assert reply.entry == "summit_1" and [r.entry for r in reply.also] == ["summit_15"]
    reply = engine.ask("KTT pertama di mana, yang terakhir di mana?")
    assert [r.intent for r in reply.also] == ["latest_summit"], reply.reason
    # ("the most recent one" too: it was read with "first", and the second dropped)
    reply = engine.ask("where was the first summit held and where was the most recent one?")
    assert [r.entry for r in reply.also] == ["summit_15"], reply.reason
    # ... but "the next one" counts from the first's pick: not today's next chair
    reply = engine.ask("Where was the 2nd summit and who chaired the next one?")
    assert "summit_chair_azerbaijan" not in [r.intent for r in reply.also]
    # ... which after the latest is the one planned (read with "terakhir", it was the latest
    # again, and dropped)
    reply = engine.ask("KTT OKI terakhir di mana, terus yang berikutnya di mana?")
    assert [r.intent for r in reply.also] in (["summit_16"], ["next_summit_baku"]), reply.reason


def test_coming_to_a_meeting_is_attending_it(engine: Engine) -> None:
    """"Jokowi pernah datang ke KTT LB OKI di Istanbul tahun berapa?" listed both Istanbul
    summits: "datang" was no word of the row saying "Presiden Joko Widodo hadir"."""
    reply = engine.ask("Jokowi pernah datang ke KTT LB OKI di Istanbul tahun berapa?")
    assert reply.entry == "extraordinary_summit_6", reply.reason
    assert "Presiden Joko Widodo hadir" in split_lead(reply.answer)[0]


def test_who_restores_a_suspended_member_is_told_with_the_suspensions(engine: Engine) -> None:
    """"Siapa yang berwenang memulihkan keanggotaan negara yang diskors di OKI?" got the list
    of suspensions, which never said who lifts one (Article 10: the Council of Foreign
    Ministers)."""
    reply = engine.ask("Siapa yang berwenang memulihkan keanggotaan negara yang diskors di OKI?")
    assert reply.intent == "suspensions"
    assert "Dewan Menteri Luar Negeri, menurut Pasal 10" in split_lead(reply.answer)[0]


def test_a_claim_about_where_two_bodies_sit_is_settled_on_the_first_screen(
        engine: Engine) -> None:
    """"The Arab League and the OIC share the same headquarters in Jeddah. true or false"
    showed who each groups, Cairo past "More"; "The OIC parliamentary union is based in
    Tehran" got the affiliated institutions (the PUIC was not known by that name)."""
    reply = engine.ask("The Arab League and the OIC share the same headquarters in Jeddah. "
                       "true or false")
    assert "based in Cairo" in split_lead(reply.answer)[0]
    reply = engine.ask("The OIC parliamentary union is based in Cairo. true or false?")
    assert reply.entry == "observer_puic" and reply.answer.startswith("Not in Cairo")


def test_a_claim_that_observers_vote_is_answered_by_the_rule_that_they_cannot(
        engine: Engine) -> None:
    """"Observer states have the same voting rights as members. True?" got the list of
    observers, never saying they cannot vote."""
    reply = engine.ask("Observer states have the same voting rights as members. True?")
    assert "cannot vote" in split_lead(reply.answer)[0], reply.reason


def test_an_article_is_no_word_left_unexplained(engine: Engine) -> None:
    """"Gimana sih caranya suatu negara jadi ketua OKI?" got the membership criteria: "suatu"
    (a, some) was a word the chair's answers did not explain, "ketua" one theirs did not."""
    reply = engine.ask("Gimana sih caranya suatu negara jadi ketua OKI?")
    assert "tuan rumah setiap KTT biasa" in reply.answer.splitlines()[0], reply.reason
    # ... nor "lain" (other), as "other" is not: an answer listing them says which
    assert engine.ask("ada negara asia tenggara lain yg jadi anggota OKI?").entry == \
        "asean_members"


@pytest.mark.parametrize(("question", "not_entry", "said"), [
    ("Dulu masa jabatan Sekjen OKI 4 tahun, sekarang berubah jadi berapa?", "name_change",
     "lima tahun"),
    ("the original oic charter from the 70s, when and where was it adopted?", "charter_2008", ""),
])
def test_a_clause_naming_only_a_deed_is_read_with_the_one_before(
        engine: Engine, question: str, not_entry: str, said: str) -> None:
    """"sekarang berubah jadi berapa" was read alone and got the name change ("berubah");
    "when and where was it adopted" the current Charter, not the 1972 one asked of."""
    reply = engine.ask(question)
    assert reply.entry != not_entry, reply.reason
    assert said in split_lead(reply.answer)[0]
    # (an English plural only looks like a deed: the members are asked of their own)
    also = engine.ask("who founded the OIC and how many members does it have").also
    assert [r.intent for r in also] == ["member_count"]


@pytest.mark.parametrize(("question", "entry"), [
    ("OKI disebut organisasi antarpemerintah terbesar kedua. Yang pertama apa?",
     "second_largest"),
    ("The OIC has had 12 Secretaries-General. Who was the first?", "sg_1"),
    ("KTT OKI sudah 15 kali. yang terakhir di mana?", "summit_15"),
])
def test_a_clause_naming_only_a_place_in_a_series_asks_of_the_series_before(
        engine: Engine, question: str, entry: str) -> None:
    """"Yang pertama apa?" read alone got the first Charter, the first of something else."""
    reply = engine.ask(question)
    assert reply.entry == entry, reply.reason


@pytest.mark.parametrize(("question", "intent"), [
    ("OIC ka headquater kahan hai", "headquarters"),
    ("oic ka secretary general kaun hai", "secretary_general"),
])
def test_roman_script_urdu_question_words_are_read(engine: Engine, question: str,
                                                   intent: str) -> None:
    """"kahan" is where, "kaun" who, "ka" of: both were "not sure" without a button."""
    reply = engine.ask(question)
    assert (reply.kind, reply.intent, reply.lang) == ("answer", intent, "en"), reply.reason


def test_a_declaration_named_beside_another_country_is_offered_not_a_crash(
        engine: Engine) -> None:
    """A table's reading offered the 2016 summit while no entry was weighed: the engine raised
    IndexError and the learner got no reply. (Since the summit, named by place and year, makes
    the question the OIC's, the entry on it answers: its declaration backed the boycott.)"""
    reply = engine.ask("Jakarta Declaration 2016 ada poin boycott produk Israel settlements gak?")
    assert reply.intent == "jakarta_summit_2016", reply.reason
    assert "boikot" in split_lead(reply.answer)[0]


@pytest.mark.parametrize(("question", "entry"), [
    ("india kan muslimnya banyak, knp gak masuk oki?", "india_not_member"),
    ("suriah kan perang, kenapa dibekukan oki?", "syria_reinstated"),
    # ... but a country said in passing leaves the question the OIC's own
    ("Saya dari Malaysia, apa tujuan OKI?", "oic_goals"),
    ("Turki kan anggota, kapan oki berdiri?", "founding_date"),
])
def test_a_country_named_before_the_asking_clause_is_what_it_asks_of(
        engine: Engine, question: str, entry: str) -> None:
    """Read alone, "knp gak masuk oki" got what any state needs to join, and "kenapa
    dibekukan oki" Afghanistan's suspension."""
    reply = engine.ask(question)
    assert (reply.kind, reply.entry) == ("answer", entry), reply.reason


@pytest.mark.parametrize("question", ["kenapa dibekukan oki", "why was it suspended from the oic"])
def test_an_answer_about_a_country_never_named_is_not_a_guess_between_countries(
        engine: Engine, question: str) -> None:
    """Each got one country's suspension with another's as close; the learner picks."""
    reply = engine.ask(question)
    assert reply.kind == "suggest", reply.reason
    offered = [link.text for link in reply.suggestions]
    assert sum(name in " ".join(offered) for name in (
        "Afganistan", "Afghanistan", "Mesir", "Egypt", "Suriah", "Syria")) >= 2, offered


@pytest.mark.parametrize("question", ["is palestine still the oic's central cause",
                                      "oic support for the palestinian people"])
def test_the_palestinian_cause_is_not_the_2017_jerusalem_summit(engine: Engine,
                                                                question: str) -> None:
    """Six such English examples sat under the 2017 summit's entry and got its communiqué."""
    assert engine.ask(question).entry == "palestine"


def test_an_except_item_shows_what_our_sources_list_before_more(engine: Engine) -> None:
    """The note that the item asks for the odd one out was all a phone showed: ASEAN's three
    members, and Thailand an observer, came behind "More"."""
    reply = engine.ask("Negara Asia Tenggara berikut yang BUKAN anggota OKI adalah ... "
                       "A. Indonesia B. Malaysia C. Brunei Darussalam D. Thailand")
    assert "Thailand" in split_lead(reply.answer)[0], reply.answer


def test_a_word_of_a_country_s_name_is_said_by_an_answer_naming_that_country(
        engine: Engine) -> None:
    """"Saudi Arabia" of an answer saying "the Saudi foreign ministry": "arabia" was left
    unexplained, and the headquarters agreement was not sure."""
    reply = engine.ask("When was the OIC headquarters agreement with Saudi Arabia signed?")
    assert (reply.kind, reply.entry) == ("answer", "new_headquarters"), reply.reason
    assert "headquarters agreement" in split_lead(reply.answer)[0]


def test_a_question_not_naming_the_oic_as_close_to_an_off_topic_example_is_not_answered(
        engine: Engine) -> None:
    """"who is the current US president" got the OIC's chair, "who is the president of the
    oki" a little closer than "who is the president of turkey now"; named, it is ours."""
    reply = engine.ask("who is the current US president")
    assert reply.kind != "answer" and reply.entry is None, reply.reason
    assert engine.ask("who is the president of the oic").kind == "answer"


def test_a_reason_shown_first_says_what_it_is_a_reason_for(engine: Engine) -> None:
    """"Alasan lainnya, politik luar negeri Indonesia bebas aktif." was all a phone showed:
    another reason, before any first one, for nothing said."""
    for question in ("Uraikan hubungan politik luar negeri bebas aktif Indonesia dengan "
                     "sikapnya di OKI!", "indonesia free and active foreign policy and the oic "
                     "charter"):
        lead = split_lead(engine.ask(question).answer)[0]
        assert "1972" in lead and not lead.startswith(("Alasan lainnya", "Another")), lead


def test_a_wider_reading_naming_the_oic_is_offered_over_a_narrower_one_declined(
        engine: Engine) -> None:
    """Read as "indonesia which are they", it was declined as off-topic; the whole names the
    OIC's members and their regions."""
    reply = engine.ask("My Indonesian textbook groups OIC members into four regions. "
                       "Which are they?")
    assert reply.kind in ("answer", "suggest"), reply.reason
    assert "continents_regions" in {reply.entry, *(link.entry for link in reply.suggestions)}


def test_a_clause_naming_only_the_kind_of_answer_asks_of_what_came_before(engine: Engine
                                                                          ) -> None:
    """"markasnya di negara apa", read alone, got the OIC's headquarters; "what year + which
    city" the OIC's founding, for a question about the current Charter."""
    reply = engine.ask("Kalau Mahkamah Islam Internasional OKI jadi beroperasi, markasnya di "
                       "negara apa?")
    assert reply.entry == "iicj", reply.reason
    reply = engine.ask("for my PKn essay: the charter the OIC uses today, what year + which "
                       "city?")
    assert reply.entry != "founding_date", reply.reason
    # ... or pointing back at it, naming only what it does (it got the Secretary-General)
    reply = engine.ask("contact group on peace and dialogue: who leads it & wat does it do")
    assert reply.entry == "indonesia_roles" and "Peace and Dialogue" in reply.parts()[0]
    # ... but not after words asking something of their own: two questions
    reply = engine.ask("kapan oki berdiri dan di mana markasnya?")
    assert (reply.entry, [a.entry for a in reply.also]) == ("founding_date", ["headquarters"])


@pytest.mark.parametrize(("question", "entry", "seat"), [
    ("the OIC's food security body, where is its seat?", "iofs", "Astana"),
    ("the OIC statistics centre, where is its seat?", "sesric", "Ankara"),
    ("the OIC's statistics and training centre, where is its seat?", "sesric", "Ankara"),
    ("Parlemen negara-negara OKI, markasnya di mana?", "puic", "Teheran"),
])
def test_its_after_a_thing_of_the_oics_named_by_what_it_does_is_that_thing(
        engine: Engine, question: str, entry: str, seat: str) -> None:
    """Read alone, "where is its seat" got Jeddah, the OIC's own seat, as if it were theirs."""
    reply = engine.ask(question)
    assert reply.entry == entry, reply.reason
    assert seat in reply.parts()[0] and "Jeddah" not in reply.parts()[0], reply.answer


@pytest.mark.parametrize("question", [
    "The OIC was founded in 1969, where is its seat?",
    "OKI itu organisasi internasional, markasnya di mana?",  # ("itu" after the OIC: "is")
])
def test_its_after_a_statement_of_the_oic_is_the_oic(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert reply.entry == "headquarters", reply.reason


def test_a_chair_asked_is_said_by_an_answer_saying_who_led(engine: Engine) -> None:
    """"ketua" of an answer saying "dipimpin Presiden Joko Widodo" (it got the list of
    ordinary summits' chairs, which holds no extraordinary summit)."""
    reply = engine.ask("Who yg jadi ketua KTT LB OKI 2016 di Jakarta?")
    # (the summit's entry or its row)
    assert reply.entry in ("jakarta_summit_2016", "extraordinary_summit_5"), reply.reason
    assert "Joko Widodo" in reply.parts()[0]


def test_who_lit_a_fire_is_who_set_it(engine: Engine) -> None:
    """(the Al-Aqsa arson's date showed first, the one who set the fire after it)"""
    shown = engine.ask("who lit the fire at al aqsa mosque").parts()[0]
    assert shown.startswith("The arson at Al-Aqsa was the work of an Australian, Dennis "
                            "Michael Rohan"), shown


def test_a_request_to_explain_in_english_is_not_what_is_asked(engine: Engine) -> None:
    """"explain each in english", read alone, got the OIC's names in English; the five
    pillars of Islam are not the OIC's to answer."""
    reply = engine.ask("rukun islam ada 5, explain each in english")
    assert reply.intent is None and reply.entry != "oic_names", reply.reason


def test_a_typo_claimed_is_not_the_ten_year_programme(engine: Engine) -> None:
    """"... zimbabwe left oic in 93, is that a typo" got the Ten-Year Programme (TYPOA)."""
    assert engine.ask("my exam prep site says zimbabwe left oic in 93, is that a typo"
                      ).entry != "typoa"
    assert engine.ask("what is typoa").entry == "typoa"


def test_sekalian_is_no_frequency(engine: Engine) -> None:
    """"sekalian" (while at it) read as "sekali" (once): "russia udah observer, kenapa nggak
    sekalian jadi anggota OKI?" got how often the summit meets."""
    reply = engine.ask("russia udah observer, kenapa nggak sekalian jadi anggota OKI?")
    assert "TASS" in reply.parts()[0], reply.reason


@pytest.mark.parametrize(("question", "intent"), [
    # "per" (as of) said nothing of what is asked ("explained by nothing": not sure)
    ("Total negara anggota OKI per 2025 ada berapa?", "member_count"),
    # ... and a suspension, as a noun
    ("Penangguhan Suriah diputuskan dalam KTT luar biasa keberapa?", "syria_reinstated"),
])
def test_everyday_words_of_a_question_are_understood(engine: Engine, question: str,
                                                     intent: str) -> None:
    assert engine.ask(question).intent == intent


@pytest.mark.parametrize(("question", "entry", "said"), [
    ("Which foreign ministers' meeting created the Al-Quds Committee?", "al_quds_committee",
     "6th Islamic Conference of Foreign Ministers"),
    ("the golden jubilee (50 yrs) of the OIC was celebrated at which foreign ministers "
     "session?", "fiftieth_anniversary", "46th Council of Foreign Ministers"),
])
def test_a_foreign_ministers_meeting_is_the_council_its_lead_names(
        engine: Engine, question: str, entry: str, said: str) -> None:
    """The Council the lead names did not say "foreign ministers" (one token for the whole
    name), so a later sentence on another meeting (the 10th, which placed the committee under
    Hassan II), or one pointing back to "that session", was put first as if it said more; and
    "meeting", shaped like an Indonesian verb (me-), was read as the deed asked of, so the
    sentence "It meets when invited ..." went first."""
    reply = engine.ask(question)
    assert reply.entry == entry, reply.reason
    assert said in reply.parts()[0].splitlines()[0], reply.answer


@pytest.mark.parametrize("question", ["hasil pertemuan menlu islam jeddah 1970",
                                      "icfm 1970 jeddah"])
def test_a_year_asked_is_not_shown_from_a_sentence_placing_it_elsewhere(
        engine: Engine, question: str) -> None:
    # ("ICFM kedua diadakan di Karachi pada Desember 1970" went first, of an answer on the
    # first conference, which met in Jeddah in 1970 too)
    reply = engine.ask(question)
    assert reply.entry == "first_cfm", reply.reason
    assert "kedua" not in reply.parts()[0] and "1970" in reply.parts()[0], reply.answer


@pytest.mark.parametrize(("question", "entry", "said"), [
    ("indonesia punya saham berapa di isdb", "indonesia_benefits", "7,9%"),
    ("oic organs list pls", "main_organs", "General Secretariat"),
    ("Manila has been trying to get observer status since 2003. What's blocking it?",
     "philippines_observer_bid", "MNLF"),
    ("the OIC human rights commission has how many commissioners?", "iphrc", "18"),
])
def test_a_fact_asked_in_other_words_reaches_the_entry_holding_it(
        engine: Engine, question: str, entry: str, said: str) -> None:
    # (Indonesia's IsDB share got what the bank is; "organs list" the subsidiary organs;
    # Manila's bid Russia's observer status)
    reply = engine.ask(question)
    assert reply.entry == entry, reply.reason
    assert said in reply.parts()[0], reply.answer


@pytest.mark.parametrize(("question", "entry"), [
    ("pak sekjen oki yg skrg namanya sapa ya lupa", "secretary_general"),  # ("lupa")
    ("Kenapa KTT LB OKI 2016 akhirnya diadakan di Jakarta?", "extraordinary_summit_5"),
    ("how many continets do oic member states spred across", "continents_regions"),
    ("is the CFM yearly or every 2 years?", "cfm"),
    ("y do ppl say the oic is useless", "oic_effectiveness"),
    ("Kenapa Mesir pernah dikeluarkan sementara dari OKI?", "egypt_suspension"),
    ("ktt oki 2019 ngehasilin deklarasi apa", "summit_14"),
    # (the row said "golden jubilee", not of what: "not in our sources" was told)
    ("KTT LB pertama OKI diadakan untuk merayakan 50 tahun kemerdekaan Pakistan. Benar?",
     "extraordinary_summit_1"),
])
def test_chat_words_that_say_nothing_of_the_oic_leave_the_question_answered(
        engine: Engine, question: str, entry: str) -> None:
    """Each was "not sure" (or told our sources do not say it) for a word that is no part of
    what is asked: "lupa", "akhirnya" (read as "last"), "across", "ppl", "yearly"."""
    reply = engine.ask(question)
    assert reply.kind == "answer" and reply.entry == entry, reply.reason


def test_two_charters_compared_get_the_one_drawing_the_difference(engine: Engine) -> None:
    # (it got the 1972 Charter, whose answer draws no difference)
    reply = engine.ask("apa bedanya piagam oki 2008 sm yg 1972?")
    assert reply.entry == "charter_2008", reply.reason
    assert "Berbeda dari naskah 1972" in reply.parts()[0]


@pytest.mark.parametrize(("question", "entry"), [
    ("My exam asks for the five principles in the OIC's first charter. Can you list them?",
     "charter_1972"),
    ("Sources give different numbers of founding states for the OIC. What are the figures?",
     "founding_members"),
])
def test_a_clause_asking_only_for_a_list_or_figures_asks_of_what_came_before(
        engine: Engine, question: str, entry: str) -> None:
    """Read alone, "Can you list them?" got the members and "What are the figures?" the
    refugees: confident answers to what was not asked."""
    reply = engine.ask(question)
    assert reply.entry == entry, reply.reason


@pytest.mark.parametrize(("question", "entry", "said"), [
    # a lead saying only which article created it, its members folded
    ("What is the Committee of Permanent Representatives?", "permanent_representatives_committee",
     "ambassadors accredited"),
    ("apa itu komite wakil tetap oki", "permanent_representatives_committee",
     "duta besar yang diakreditasi"),
    # the Observatory's first report of 2008 leading, the UN day the OIC won folded (and the
    # Observatory still shown where asked)
    ("international day against islamophobia itu tgl brp", "islamophobia", "15 Maret"),
    ("what does the oic do against islamophobia", "islamophobia", "15 March"),
    ("what is the oic observatory on islamophobia", "islamophobia", "Observatory on Islamophobia"),
    # that it helps Muslims in non-member countries shown, that only members may join folded
    # (and whom it helps still shown where asked)
    ("Can a non-OIC country join the IsDB?", "isdb", "a non-OIC country cannot"),
    ("does the isdb help non-member countries", "isdb", "non-member countries"),
    # a lead too long for a phone showing who attended; Pakistan's withdrawal giving no reason
    # an Indonesian "kenapa" found, so Indonesia's view showed
    ("What was the Kuala Lumpur Summit and why did Saudi Arabia oppose it?", "kl_summit_2019",
     "wrong forum"),
    ("Why did Pakistan skip the KL Summit in 2019?", "kl_summit_2019", "Imran Khan"),
    ("kenapa pakistan tidak datang ke ktt kuala lumpur", "kl_summit_2019", "Imran Khan"),
    # lead paragraphs too long for a phone, showing the contact group or the make-up alone
    ("What does India say about OIC statements on Kashmir?", "kashmir", "rejects OIC statements"),
    ("Bagaimana sikap India terhadap pernyataan OKI soal Kashmir?", "kashmir",
     "menolak pernyataan OKI"),
    ("who chairs the executive committee", "executive_committee", "chaired by the summit chair"),
    ("siapa ketua komite eksekutif oki", "executive_committee", "dipimpin negara ketua KTT"),
    # two sentences naming the Declaration, so neither was shown
    ("What is in the Jakarta Declaration of 2016?", "jakarta_summit_2016",
     "boycott of goods from Israeli settlements"),
    ("Apa salah satu isi penting Deklarasi Jakarta 2016?", "jakarta_summit_2016",
     "boikot produk dari permukiman"),
    # the mission in Brussels leading (it followed the 2015 MoU; "where" lifted the EEAS
    # mission to Jeddah, Brussels being no place the engine knew), and the delegations to the
    # UN and the EU both said (it got the EU's alone)
    ("Apakah OKI memiliki kantor perwakilan di Uni Eropa?", "eu_relations",
     "Misi Pengamat Tetap untuk Uni Eropa di Brussel"),
    ("where is the oic mission to the eu", "eu_relations", "in Brussels"),
    ("Does the OIC have permanent missions to the UN and the EU?", "un_relations",
     "permanent delegations to the UN and to the European Union"),
    # both extraordinary meetings Jokowi attended (the Riyadh one was not called extraordinary,
    # and stayed folded)
    ("Which OIC extraordinary meetings did Jokowi attend?", "indonesia_role_recent",
     "joint Arab-Islamic extraordinary summit in Riyadh"),
    # whether members pay on time, by the sentence saying so (it said "unpaid contributions",
    # and stayed folded)
    ("Do OIC members pay their dues on time?", "oic_funding", "only 18 members paid"),
    ("apakah anggota oki membayar iuran tepat waktu", "oic_funding", "tepat waktu"),
    # what follows a programme, in a lead short enough to show it (it was cut after the first
    # sentence)
    ("What comes after OIC-2025?", "oic_2025", "a successor for 2026–2035"),
    # whether a summit was criticised, by the commentary that did (it said "not everyone was
    # impressed", never "criticised", and stayed folded)
    ("Was the 2024 Riyadh summit criticised?", "arab_islamic_summit_2024", "Faizul Haque"),
    ("apakah ktt riyadh 2024 dikritik", "joint_summit_2024", "Faizul Haque"),
    # where the Islamic court would sit and with how many judges, in its lead (the lead said
    # only where its statute was adopted)
    ("Berapa jumlah hakim di Mahkamah Internasional Islam OKI?", "iicj", "tujuh hakim"),
    ("In which city is the International Islamic Court of Justice supposed to sit?", "iicj",
     "meant to sit in Kuwait"),
    # where the Secretariat sits, in its lead (a claim of Riyadh was told our sources do not
    # mention it, Jeddah past "More"; now its row says so)
    ("The OIC secretariat is in Riyadh, isn't it?", "body_general_secretariat",
     "Not in Riyadh: our sources place it in Jeddah."),
    # how the foreign ministers' chair is chosen, by the rule (it said "passes", and stayed
    # folded under who chairs now)
    ("How is the chair of the Council of Foreign Ministers chosen?", "cfm_chair",
     "chosen by rotation"),
    ("bagaimana ketua dewan menlu oki ditentukan", "cfm_chair", "ditentukan secara bergilir"),
    # the contact group Indonesia leads, not the one it proposed a year before, which named
    # Indonesia and showed alone, opening "Setahun sebelumnya"
    ("Indonesia memimpin kelompok kontak OKI untuk bidang apa?", "indonesia_roles",
     "Kelompok Kontak OKI untuk Perdamaian dan Dialog"),
    # how long a chair holds the summit's chair, by the rule (its "masa" said only of The
    # Gambia's two years, which showed, opening "Karena KTT ke-16 ...")
    ("Berapa lama masa keketuaan KTT OKI?", "summit_chair", "dengan masa tiga tahun"),
    # why it was The Gambia that sued: it chaired the OIC's committee on the Rohingya (the
    # answer said only why the ICJ, and that the OIC could not sue)
    ("why was it gambia that sued myanmar", "rohingya_icj_not_icc", "chair of the OIC Ad Hoc"),
    # the building a meeting was held in, said as one (no word of it named the venue)
    ("KTT LB OKI Jakarta 2016 diadakan di gedung apa?", "extraordinary_summit_5",
     "gedung Jakarta Convention Center"),
    ("in which building was the 2016 jakarta summit held", "extraordinary_summit_5",
     "Jakarta Convention Center building"),
    # who said it for Indonesia (the lead said "Indonesia", the deputy minister folded)
    ("wakil menlu RI yg bilang OKI harus memperbaiki manajemen dan pengambilan keputusan siapa",
     "indonesia_reform_view", "A.M. Fachir"),
    ("which indonesian official said the oic must improve its decision-making",
     "indonesia_reform_view", "A.M. Fachir"),
    # a year's holder shown by the sentence giving the year, which named him only as "him"
    ("Who is the Secretary-General of the OIC in 2025?", "sg_12", "Taha still in office"),
    ("siapa sekjen oki tahun 2025", "sg_12", "Taha masih menjabat"),
    # "26%" did not say "persen"
    ("penduduk oki itu brp persen dari dunia", "population", "26 persen penduduk dunia"),
    ("What share of the world population lives in OIC countries?", "population",
     "26 percent of the world's population"),
])
def test_content_written_for_a_phone_shows_what_is_asked(engine: Engine, question: str,
                                                        entry: str, said: str) -> None:
    """Content rewritten so the fact asked shows before "More" (each was folded, by the
    reason given with it)."""
    reply = engine.ask(question)
    assert reply.entry == entry, reply.reason
    assert said in reply.parts()[0], reply.answer


@pytest.mark.parametrize(("question", "row", "when"), [
    ("Why did OIC leaders meet in Qatar in March 2003?", "extraordinary_summit_2", "March 2003"),
    ("Why did OIC leaders meet in an emergency session in Qatar in March 2003?",
     "extraordinary_summit_2", "March 2003"),
    # ("meet", said of a meeting by its row: it got what Indonesia proposed at another)
    ("Why did the OIC meet in Istanbul in May 2018?", "extraordinary_summit_7", "May 2018"),
])
def test_a_meeting_held_in_the_year_and_place_said_answers_for_an_entry_lacking_the_year(
        engine: Engine, question: str, row: str, when: str) -> None:
    """It got the Doha summit of 2025, told "Our sources here do not mention 2003", though the
    summits' table holds the extraordinary summit in Doha in March 2003."""
    reply = engine.ask(question)
    assert reply.entry == row, reply.reason
    assert when in split_lead(reply.answer)[0], reply.answer


def test_what_the_oic_stands_for_these_days_is_its_name(engine: Engine) -> None:
    """"wat does oic stand for these days ..." got the Secretary-General, whose example said
    "these days"."""
    assert engine.ask("what does the oic stand for these days?").intent == "oic_names"


def test_a_later_question_about_a_thing_done_to_what_the_first_named_is_read_with_it(
        engine: Engine) -> None:
    """ "di kota apa keputusan itu diambil?" after "Kapan OKI ganti nama" points at the name
    change (read alone, it got the decisions of the Doha summit of 2025, beside Astana)."""
    reply = engine.ask("Kapan OKI ganti nama dan di kota apa keputusan itu diambil?")
    assert reply.intent == "name_change" and reply.also == (), [a.intent for a in reply.also]
    assert "Astana" in reply.parts()[0]


@pytest.mark.parametrize("question", ["dmn oki di bntuk", "oki dibntuk thn brp"])
def test_a_verb_written_without_its_vowel_is_read(engine: Engine, question: str) -> None:
    """ "dmn oki di bntuk" got the subsidiary organs, "bntuk" read as the "bentuk" (form) of
    one of their examples."""
    assert engine.ask(question).intent == "founding_date"


@pytest.mark.parametrize(("question", "intent"), [
    ("Is the Muslim World League an observer?", "observer_organisations"),
    ("is the african union an observer", "observer_organisations"),
])
def test_another_organisation_said_to_be_an_observer_is_asked_of_as_the_oics(
        engine: Engine, question: str, intent: str) -> None:
    """"Is the Muslim World League an observer?" was refused as a question about the League
    (the OIC unnamed); its observers are what it asks about. Not so the observers of the UN."""
    assert engine.ask(question).intent == intent
    for other in ("how many observers does the un have", "the un has how many observers?",
                  "Is the African Union an observer at the UN?", "is asean an observer at the un?"):
        assert engine.ask(other).kind != "answer", other


def test_how_come_in_chat_is_no_term_of_office(engine: Engine) -> None:
    """ "masa gak ..." (how come not ...) was read as "masa jabatan" and refused."""
    reply = engine.ask("india kan muslimnya ratusan juta, masa gak masuk oki? knp")
    assert reply.intent == "india_not_member", reply.reason


@pytest.mark.parametrize(("question", "intent", "said"), [
    # where he was born, asked as his home town (it got the Secretary-General now)
    ("What is Hissein Brahim Taha's hometown?", "sg_12", "Abéché"),
    ("sekjen oki hissein taha asalnya dari kota apa", "sg_12", "Abéché"),
    ("Hisein Brahim Taha birth place", "sg_12", "Abéché"),
    # the members it is made of (it got the main organs, and the count alone)
    ("oki terdiri dari negara apa saja", "member_list", "57 anggota OKI"),
    ("min, oki tuh isinya negara apa aja sih", "member_list", "57 anggota OKI"),
    # the meeting that approved the new name (it got how decisions are made)
    ("nama baru OKI itu di-approve di meeting apa?", "name_change", "sidang ke-38"),
    # what was said of a summit an opinion names, "an attempt to replace the OIC" (not sure)
    ("Some say the 2019 Kuala Lumpur Summit was an attempt to replace the OIC. What did Saudi "
     "Arabia and Indonesia think of it?", "kl_summit_2019", "wrong forum"),
    # the article on the headquarters (it said how many articles the Charter has)
    ("Which article of the OIC Charter deals with the location of the headquarters?",
     "charter_chapters", "Article 21 keeps the General Secretariat"),
    # why it sits where it does, which the Charter rules (its card said Jeddah only)
    ("Why is the OIC secretariat in Jeddah and not Jerusalem?", "body_general_secretariat",
     "until Al-Quds is liberated"),
    ("kenapa sekretariat oki di jeddah bukan di yerusalem?", "body_general_secretariat",
     "sampai Al-Quds dibebaskan"),
    # where the Secretariat is to sit for good (its card said Jeddah only)
    ("Where is the OIC Secretariat now and where is its permanent seat supposed to be?",
     "body_general_secretariat", "Al-Quds is liberated"),
    # the universities "under" the OIC (it got the subsidiary organs, one university)
    ("Ada berapa universitas di bawah OKI dan di negara mana saja?", "affiliated_institutions",
     "lima universitas"),
    # its name in Arabic (it got the member list, "disebut" read as "sebutin")
    ("kalau dalam bahasa arab, OKI itu disebutnya apa ya min", "oic_names",
     "Munazzamat al-Ta'awun al-Islami"),
    # how the summit chair changes hands (it got how decisions are made)
    ("Bagaimana cara pergantian ketua KTT OKI?", "summit_chair", "berpindah ke tuan rumah"),
    # what an observer must meet (it got the members' criteria)
    ("kalau suatu negara mau jadi pengamat di OKI, ketentuannya apa", "observer_rules",
     "tidak boleh sedang bersengketa"),
    # the programme being prepared (it got the ten-year programme of 2005)
    ("OKI sedang menyiapkan program aksi untuk periode berapa?", "oic_2025", "2026–2035"),
    # the quorum asked as the fewest states present (it got how many came to Rabat in 1969)
    ("Berapa jumlah minimal negara yang harus hadir agar sidang OKI sah?", "decision_making",
     "dua pertiga"),
    ("How long is the OIC Charter?", "charter_2008", "39 articles"),  # (it got the 1972 one)
    ("Which countries sat on the preparatory committee for the Rabat conference?",
     "rabat_summit", "Niger and Somalia"),  # (not sure)
    # ... and a claim asked "jadi gak?" (did it happen?) is one question: the 16th summit went
    # to Baku (it got the meetings Indonesia hosted, and the 2016 summit for "jadi gak")
    ("katanya indonesia mau jd tuan rumah ktt oki berikutnya, jadi gak?",
     "indonesia_16th_summit_bid", "bukan di Indonesia"),
])
def test_a_detail_asked_in_other_words_gets_the_entry_giving_it(
        engine: Engine, question: str, intent: str, said: str) -> None:
    reply = engine.ask(question)
    assert reply.intent == intent and reply.also == (), reply.reason
    assert said in reply.parts()[0], reply.answer


@pytest.mark.parametrize(("question", "said"), [
    ("why 15 March", "Christchurch"),
    ("15 maret itu memperingati kejadian apa", "Christchurch"),
    ("What event does 15 March commemorate for the Islamophobia day?", "Christchurch"),
])
def test_what_15_march_recalls_is_said_before_more(engine: Engine, question: str,
                                                   said: str) -> None:
    """Content: the day's card opened with the UN resolution; what the date recalls (the
    Christchurch attacks) came after, cut off on a phone for most ways of asking."""
    reply = engine.ask(question)
    assert reply.intent == "islamophobia_day" and said in reply.parts()[0], reply.answer


def test_the_weaknesses_asked_show_the_criticism_first(engine: Engine) -> None:
    """Content: "kelemahan oki sebagai organisasi internasional apa aja" was shown the OIC's
    achievements, a sentence opening "Sebagai pembanding" ("sebagai", "internasional") said
    more of the question than the lead."""
    reply = engine.ask("kelemahan oki sebagai organisasi internasional apa aja")
    assert reply.parts()[0].startswith("Kritik utama"), reply.answer


def test_a_count_claimed_picks_no_row_saying_the_number(engine: Engine) -> None:
    """"Maroko sudah 3 kali jadi tuan rumah KTT OKI biasa, benar?" got the one Moroccan summit
    whose row says "3"; the three it hosted answer, counted. "three ordinary summits" is no
    3rd one, nor "summits 5 times" the 5th (it got Kuwait's)."""
    reply = engine.ask("Maroko sudah 3 kali jadi tuan rumah KTT OKI biasa, benar?")
    assert all(city in reply.parts()[0] for city in ("Rabat", "Casablanca")), reply.answer
    assert reply.parts()[0].startswith("Sumber kami mencatat 3"), reply.answer
    reply = engine.ask("has saudi arabia hosted oic summits 5 times?")
    assert reply.intent == "summits" and "Kuwait" not in reply.answer, reply.reason
    assert engine.ask("Which country has hosted three ordinary Islamic summits?").intent \
        != "summit_3"


@pytest.mark.parametrize("question", ["Is the IPHRC in Tehran?",
                                      "Apakah IPHRC berkantor di Teheran?"])
def test_a_body_claimed_elsewhere_is_shown_where_it_is(engine: Engine, question: str) -> None:
    """"Is the IPHRC in Tehran?" was told our sources do not mention Tehran, and what the
    IPHRC is; Jeddah, its seat, was behind "More"."""
    reply = engine.ask(question)
    assert "Jeddah" in reply.parts()[0], reply.answer


@pytest.mark.parametrize(("question", "said"), [
    ("Which CFM first adopted the idea of a UN day against Islamophobia?", "47th"),
    ("Pakistan joined the OIC to observe first-ever ‘International Day to Combat Islamophobia.’ "
     "on?", "15 March"),
])
def test_the_day_against_islamophobia_is_told_with_the_meeting_that_sought_it(
        engine: Engine, question: str, said: str) -> None:
    """"Which CFM first adopted the idea ...?" got what the OIC does against Islamophobia,
    which did not name the 47th CFM; an example sending it to the day's own story tied the two
    on a real question, which was not sure."""
    reply = engine.ask(question)
    assert reply.kind == "answer" and said in reply.parts()[0], reply.answer


@pytest.mark.parametrize("question", [
    "Gambia awalnya dijadwalkan jadi tuan rumah KTT OKI tahun berapa?",
    "The Gambia was originally scheduled to host which summit?",
])
def test_the_summit_first_due_in_the_gambia_is_shown(engine: Engine, question: str) -> None:
    """The 15th summit's record told only of the last postponement: the 2019 summit, first
    set for The Gambia, was in no line of its reply."""
    reply = engine.ask(question)
    assert reply.intent == "summit_15" and "2019" in reply.parts()[0], reply.answer


@pytest.mark.parametrize(("question", "intent"), [
    # each was not sure, one word read as nothing any entry says
    ("OIC summit of heads of state - is it held every year or every few years?",
     "islamic_summit"),  # "few"
    ("What is required to become an OIC observer?", "observer_rules"),  # "required"
    ("bedanya anggota ama pengamat di oki apaan?", "observers"),  # "ama", chat for "sama"
    ("Kalau konsensus gagal, keputusan OKI diambil dengan cara apa?", "decision_making"),
    # how short an answer is wanted, no topic ("sentence" was unexplained)
    ("Difference between Arab League and OIC in one sentence?", "vs_arab_league"),
    ("mimbar siapa yg hangus waktu al aqsa dibakar?", "founding_trigger"),  # "hangus"
    ("zanzibar kok bisa sempet masuk oki trus keluar lagi?", "zanzibar"),  # "sempet"
    ("When did the IsDB formally open?", "isdb"),  # "formally"
    ("What percentage of OIC resolutions get implemented?", "resolutions_binding"),
    # "respond" for "react" (the Secretary-General's row; not sure)
    ("How did India respond when the OIC SG visited the Line of Control in 2022?", "kashmir"),
    ("How did the OIC respond to the US proposal to take over Gaza?",
     "gaza_reconstruction_plan"),
])
def test_a_word_said_another_way_finds_its_entry(engine: Engine, question: str,
                                                 intent: str) -> None:
    reply = engine.ask(question)
    assert (reply.kind, reply.intent) == ("answer", intent), reply.reason


def test_the_theme_asked_is_shown(engine: Engine) -> None:
    """"What was the theme of the Jakarta extraordinary summit?" showed Hasan Kleib's remarks,
    the theme past "More"."""
    reply = engine.ask("What was the theme of the Jakarta extraordinary summit?")
    assert "United for a Just Solution" in reply.parts()[0], reply.answer


@pytest.mark.parametrize("question", [
    "In June 2011, when the name changed to 'Cooperation', who was the OIC's secretary-general?",
    "In 2011, when the OIC changed its name, who was the secretary-general?",
])
def test_a_date_before_a_time_clause_keeps_it_one_question(engine: Engine, question: str
                                                           ) -> None:
    """The date first split the time clause from its question: the name change answered, and
    "who was the OIC's secretary-general?" alone got the one now, beside it."""
    reply = engine.ask(question)
    assert reply.entry == "sg_9" and not reply.also, reply.reason


@pytest.mark.parametrize("question", [
    "Right after October 7, did the OIC hold an emergency meeting? When and who called it?",
    "Setelah 7 Oktober, apakah OKI mengadakan pertemuan darurat?",
])
def test_the_emergency_meeting_after_7_october_is_the_executive_committee_s(
        engine: Engine, question: str) -> None:
    """One got the numbered extraordinary summits, one the Doha summit of 2025: the meeting
    asked about is the Executive Committee's in Jeddah, 18 October 2023, which its lead says."""
    reply = engine.ask(question)
    assert reply.intent == "executive_committee_meetings", reply.reason
    assert "18 October 2023" in reply.parts()[0] or "18 Oktober 2023" in reply.parts()[0]


@pytest.mark.parametrize(("question", "said"), [
    # where a member lies, said of it, is a premise its standing leaves as it is (the
    # second question got the members' continents; the first was not sure)
    ("Guyana kan di Amerika Selatan, kok bisa jadi anggota OKI? gabung tahun berapa?",
     "bergabung pada 1998"),
    ("albania ikut oki ga ya, kan di eropa", "Ya. Albania adalah negara anggota OKI"),
])
def test_a_member_s_own_region_named_beside_it_is_a_premise(engine: Engine, question: str,
                                                             said: str) -> None:
    reply = engine.ask(question)
    assert reply.intent == "membership" and said in reply.parts()[0], reply.reason


@pytest.mark.parametrize("question", [
    "Menurut Piagam lama (1972), bagaimana cara mengadakan KTM luar biasa?",
    "How was an extraordinary foreign ministers' meeting convened under the 1972 Charter?",
])
def test_how_an_extraordinary_cfm_was_called_is_the_council_s_rule(engine: Engine,
                                                                     question: str) -> None:
    """It got the 20th extraordinary session, whose row names the Charter: the rule is in the
    Council's entry (at the request of members or the Secretary-General, two-thirds
    approving)."""
    reply = engine.ask(question)
    assert reply.intent == "cfm", reply.reason
    assert "1972" in reply.parts()[0], reply.answer


def test_a_claim_about_who_founded_the_oic_is_about_its_founders(engine: Engine) -> None:
    """"Was the OIC founded by Saudi Arabia?" got the members that weigh most, "... by Saudi
    Arabia and Egypt, true or false?" the summit chair's handovers (Senegal to Egypt)."""
    assert engine.ask("Was the OIC founded by Saudi Arabia?").intent == "founders"
    reply = engine.ask("The OIC was set up by Saudi Arabia and Egypt, true or false?")
    assert reply.intent == "founders" and "Morocco" in reply.answer, reply.reason


@pytest.mark.parametrize(("question", "lead"), [
    ("The most recent country to join the OIC was: (A) Guyana (B) Togo (C) Côte d'Ivoire "
     "(D) Suriname", "The last of these to join: Côte d'Ivoire (2001)."),
    ("Negara yang terakhir bergabung dengan OKI adalah... a. Guyana b. Pantai Gading c. Togo "
     "d. Suriname", "Yang paling akhir bergabung di antaranya: Pantai Gading (2001)."),
    # (none of them the newest: which is, said beside)
    ("Which is the newest OIC member: Guyana, Togo or Suriname?", "The last of these to join: "
     "Guyana (1998); the newest member on that list is Côte d'Ivoire (2001)."),
])
def test_the_newest_of_several_members_named_is_said_first(engine: Engine, question: str,
                                                            lead: str) -> None:
    """Each one's joining year was the whole answer, which of them joined last left for the
    learner to work out."""
    reply = engine.ask(question)
    assert reply.answer.splitlines()[0] == lead, reply.answer
    assert engine.ask("Are Guyana and Suriname members?").answer.startswith("• Guyana")


def test_a_bodys_own_renaming_is_not_the_oics(engine: Engine) -> None:
    """"ICESCO bermarkas di mana dan kapan ganti nama?" got the OIC's renaming of 2011 beside
    ICESCO's card, which tells its own (ISESCO, 2020) in other words."""
    reply = engine.ask("ICESCO bermarkas di mana dan kapan ganti nama?")
    assert reply.entry == "icesco" and not reply.also, reply.reason
    assert "2020" in reply.parts()[0]


@pytest.mark.parametrize("question", ["What came after the Ten-Year Programme of Action?",
                                      "program setelah Program Aksi Sepuluh Tahun apa?"])
def test_what_succeeded_a_programme_is_in_its_first_lines(engine: Engine,
                                                          question: str) -> None:
    """The Ten-Year Programme of Action's successor, OIC-2025, came only past "More"."""
    reply = engine.ask(question)
    assert reply.intent == "typoa" and "OIC-2025" in split_lead(reply.answer)[0], reply.answer


@pytest.mark.parametrize("question", [
    "the OIC human rights commission focused first on which issues?",
    "Which four issues did the IPHRC focus on first?"])  # (not sure)
def test_what_a_body_focused_on_first_is_its_early_priorities(engine: Engine,
                                                              question: str) -> None:
    """"the OIC human rights commission focused first on which issues?" got the IPHRC's row:
    its seat and first meeting, not the priorities the entry gives."""
    reply = engine.ask(question)
    assert reply.intent == "iphrc", reply.reason
    assert "women and children" in reply.parts()[0], reply.answer


@pytest.mark.parametrize(("question", "took"), [
    ("what did the oic do for chad", "secretary_general"),
    ("how has the oic helped thailand", "observers"),
    ("apa yang dilakukan oki untuk bosnia", "observers"),
    ("what does the oic do for russia", "russia_observer")])
def test_what_the_oic_did_for_a_country_is_not_an_entry_about_its_standing(
        engine: Engine, question: str, took: str) -> None:
    """"what did the OIC do for Chad?" got the Secretary-General, who is from Chad; "how has
    the OIC helped Thailand?" the observer states: entries never asked what the OIC did for
    anyone are offered, not said."""
    reply = engine.ask(question)
    assert reply.intent is None and took in [link.entry for link in reply.suggestions], \
        reply.reason


@pytest.mark.parametrize(("question", "answered"), [
    ("what did the oic do for afghanistan", "afghanistan_since_2021"),
    ("apa yang dilakukan oki untuk palestina", "palestine"),
    ("how does indonesia help palestine through the oic", "indonesia_role_recent"),
    # (an entry asked of the aid it gave: "dana bantuan afganistan")
    ("OKI bantu afghanistan dana apa", "afghanistan_trust_fund"),
    ("how do saudi and iran clash in the oic", "saudi_iran_rivalry")])
def test_what_was_done_for_a_country_is_answered_by_an_entry_asked_so(
        engine: Engine, question: str, answered: str) -> None:
    """An entry asked what the OIC did for a country answers; so does one where the country
    is who did it ("how does Indonesia help Palestine")."""
    assert engine.ask(question).intent == answered


@pytest.mark.parametrize(("question", "said"), [
    ("isdb fungsinya apa", "membiayai proyek pembangunan"),
    ("what does IsDB even do for oic countries", "finances development projects"),
    ("what is the function of the isdb", "finances development projects")])
def test_what_a_body_does_is_told_by_its_entry_not_its_row(
        engine: Engine, question: str, said: str) -> None:
    """"isdb fungsinya apa" got the bodies table's row (a specialised institution in Jeddah,
    founded 1975), which never says what the bank does; its entry does."""
    reply = engine.ask(question)
    assert reply.intent == "isdb" and said in split_lead(reply.answer)[0], reply.reason
    # (where it sits is still the row's)
    assert engine.ask("where is the isdb").entry == "body_isdb"


@pytest.mark.parametrize(("statement", "first"), [
    ("the first oic summit was in cairo", "Rabat"),
    ("the first secretary general was from egypt", "Tunku Abdul Rahman")])
def test_a_claim_typed_without_punctuation_is_checked(engine: Engine, statement: str,
                                                       first: str) -> None:
    """"the first oic summit was in cairo" got the 12th summit, the first held in Cairo, as if
    it confirmed the claim: the first of all is said before the first of the place."""
    lead = split_lead(engine.ask(statement).answer)[0]
    assert first in lead and lead.index(first) < lead.index("Egypt"), lead


def test_a_members_standing_that_names_another_organisation_answers_without_the_oic(
        engine: Engine) -> None:
    """"is palestine in the un tho" was refused as a question about the UN: Palestine's
    standing says it is the one OIC member outside the UN. A member whose standing names no
    UN is still refused."""
    reply = engine.ask("is palestine in the un tho")
    assert reply.kind == "membership" and reply.country == "PS" \
        and "not a UN member" in reply.answer, reply.reason
    assert engine.ask("is egypt in the un").kind == "other_org"


def test_a_count_asked_in_total_is_the_count(engine: Engine) -> None:
    """"iphrc commissioners how many total" was told that the figure asked, "total", is not in
    the IPHRC's answer, which gives its 18 commissioners."""
    reply = engine.ask("iphrc commissioners how many total")
    assert reply.intent == "iphrc" and "18" in reply.parts()[0], reply.reason


@pytest.mark.parametrize("question", ["OIC?", "oki", "Organisation of Islamic Cooperation"])
def test_our_name_alone_asks_what_we_are(engine: Engine, question: str) -> None:
    """"OIC?" alone was offered the criticism, Gaza and reform entries (each has a short
    example naming the OIC and one word more), not what the OIC is."""
    assert engine.ask(question).intent == "what_is_oic"


def test_a_claim_that_one_did_it_alone_is_answered_by_who_did(engine: Engine) -> None:
    """"saudi arabia founded the oic alone right" was not sure, "alone" explained by no
    example: the founders' answer names Morocco's king beside Saudi Arabia's."""
    reply = engine.ask("saudi arabia founded the oic alone right")
    assert reply.intent == "founders" and "Hassan II" in reply.answer, reply.reason


@pytest.mark.parametrize(("question", "lang"), [
    ("Organisation of Islamic Cooperation", "en"), ("organization of the islamic conference", "en"),
    ("Organisasi Kerja Sama Islam", "id")])
def test_our_name_alone_is_answered_in_the_language_it_is_written_in(
        engine: Engine, question: str, lang: str) -> None:
    """"Organisation of Islamic Cooperation" alone was answered in Indonesian, the default:
    its words, all our name, had been set aside before the language was weighed."""
    assert engine.detect_language(question) == lang


@pytest.mark.parametrize(("question", "answered"), [
    # ("different" was explained by no example of the entry on the two organs, which asks
    # "differ": it got the Muslim World League)
    ("how is the cfm different from the islamic summit", "summit_vs_cfm"),
    # (... and the Jakarta summit answered for a difference with Istanbul's declaration)
    ("whats the difference between the jakarta declaration and the istanbul declaration", None)])
def test_a_difference_is_asked_in_any_of_its_words_and_of_both_sides(
        engine: Engine, question: str, answered: str | None) -> None:
    assert engine.ask(question).intent == answered


def test_how_many_held_an_office_is_the_list_of_them(engine: Engine) -> None:
    """"how many secretaries general have there been" got how many of them were Arab (an
    example with one word more)."""
    reply = engine.ask("how many secretaries general have there been")
    assert reply.intent == "sg_list" and "12 Secretaries-General" in reply.answer


def test_what_the_oic_said_is_not_an_entry_never_asked_what_it_said(engine: Engine) -> None:
    """"what did the oic say about the danish cartoons" got the EU's relations with the OIC,
    which began after that crisis and say nothing of a statement: offered. An entry asked
    what the OIC says answers."""
    reply = engine.ask("what did the oic say about the danish cartoons")
    assert reply.intent is None and "eu_relations" in [
        link.entry for link in reply.suggestions], reply.reason
    assert engine.ask("what does the oic say about kashmir").intent == "kashmir"


def test_a_country_asked_about_alone_is_not_an_entry_naming_it_in_passing(
        engine: Engine) -> None:
    """"what is the oic doing about lebanon" got the Gaza war, Lebanon named in one line about
    the 2024 Riyadh summit: offered. An entry an example of which asks of the country
    answers ("why is israel not in the oic")."""
    reply = engine.ask("what is the oic doing about lebanon")
    assert reply.intent is None and "gaza_response" in [
        link.entry for link in reply.suggestions], reply.reason
    assert engine.ask("why is israel not in the oic").intent == "membership_criteria"


@pytest.mark.parametrize("question", ["Indonesia vs Malaysia, mana yg lebih berperan di OKI?",
                                      "peran indonesia dan malaysia di oki"])
def test_the_roles_of_several_countries_are_each_offered(engine: Engine, question: str) -> None:
    """The first got Indonesia's role alone, the second the two standings."""
    reply = engine.ask(question)
    assert reply.intent is None and [link.entry for link in reply.suggestions] == [
        "role:ID", "role:MY"], reply.reason


@pytest.mark.parametrize(("question", "first", "then"), [
    ("indonesia role in the rohingya issue at oic", "indonesia_role_recent", "rohingya"),
    ("did britain apply to be an oic observer", "membership:GB", "observer_applications"),
])
def test_an_answer_never_naming_the_country_asked_of_is_offered(
        engine: Engine, question: str, first: str, then: str) -> None:
    """The first got The Gambia's case, the second the applicants of 2006: neither names the
    country asked of. What tells of it is offered first."""
    reply = engine.ask(question)
    offered = [link.entry for link in reply.suggestions]
    assert reply.intent is None and offered[0] == first and then in offered, reply.reason


@pytest.mark.parametrize(("question", "said"), [
    ("oki punya kantor di jakarta?", "rencana pembukaan kantor OKI di Jakarta"),
    ("is there an oic office in jakarta", "plans to open an OIC office in Jakarta")])
def test_an_office_in_jakarta_is_the_plan_our_sources_record(
        engine: Engine, question: str, said: str) -> None:
    """"oki punya kantor di jakarta?" was told "our sources here do not mention Jakarta", over
    the headquarters in Jeddah, though an entry tells of the 2016 plans for an office there."""
    reply = engine.ask(question)
    assert reply.intent == "indonesia_permanent_representative" \
        and said in split_lead(reply.answer)[0], reply.reason


@pytest.mark.parametrize(("question", "lang"), [
    ("islamic solidarity fund gunanya", "id"), ("international islamic fiqh academy itu apa", "id"),
    ("islamic solidarity fund", "en"), ("where is the islamic solidarity fund", "en")])
def test_a_bodys_english_name_does_not_make_the_question_english(
        engine: Engine, question: str, lang: str) -> None:
    """"islamic solidarity fund gunanya" was answered in English, the body's name weighed as
    three English words; alone, the name is read in its own words."""
    assert engine.detect_language(question) == lang


@pytest.mark.parametrize(("question", "answered"), [
    # ("bakal", will, explained by nothing: not sure)
    ("ktt oki berikutnya bakal diadakan di negara mana", "summit_16"),
    # ("jadi gini", so here it is: "gini" was read as the topic, and the court refused as
    # off-topic)
    ("jadi gini, aku tuh bingung, OKI itu sebenernya punya pengadilan sendiri gak? kalau ada "
     "dimana", "iicj"),
    ("oic nd palestine", "palestine"),  # ("nd", and: not sure)
    # ("barengan", together: not sure)
    ("bener gak sih OKI itu berdiri barengan sama PBB tahun 1945?", "vs_un")])
def test_chat_words_that_say_nothing_of_the_topic_are_set_aside(
        engine: Engine, question: str, answered: str) -> None:
    reply = engine.ask(question)
    assert (reply.entry or reply.intent) == answered, reply.reason


def test_a_members_role_is_answered_without_the_oic_named(engine: Engine) -> None:
    """"what role does the gambia play" was refused (a country named without the OIC): a
    role asked of a member and nothing else is its role in the OIC; not a role somewhere
    else."""
    reply = engine.ask("what role does the gambia play")
    assert reply.kind == "role" and reply.country == "GM", reply.reason
    assert engine.ask("what role does pakistan play in south asia").kind != "role"


def test_who_a_person_is_shows_where_the_answer_first_names_them(engine: Engine) -> None:
    """"agus maftuh itu siapa" showed the lead on another ambassador: his name is in two
    sentences, and only a name written once was lifted; the first that names him is."""
    lead = split_lead(engine.ask("agus maftuh itu siapa").answer)[0]
    assert lead.startswith("Sumber berbeda soal siapa Wakil Tetap pertama"), lead


def test_who_chairs_is_not_an_entry_never_saying_who_chairs(engine: Engine) -> None:
    """"Who is the current chair of the Kashmir Contact Group?" got its members and meetings;
    our sources name no chair: offered."""
    reply = engine.ask("Who is the current chair of the Kashmir Contact Group?")
    assert reply.intent is None and "kashmir" in [link.entry for link in reply.suggestions], \
        reply.reason


@pytest.mark.parametrize("question", ["OIC 2016 summit", "ktt oki 2016"])
def test_a_year_of_two_summits_is_not_the_one_an_example_names_a_host_of(
        engine: Engine, question: str) -> None:
    """"OIC 2016 summit" got the Jakarta summit alone ("oki ktt indonesia 2016"), the 13th
    summit in Istanbul the same year left out: both are listed."""
    answer = engine.ask(question).answer
    assert "Jakarta" in answer and "Istanbul" in answer, answer
    assert engine.ask("ktt oki jakarta 2016").intent == "jakarta_summit_2016"


def test_our_declaration_said_of_another_organisation_is_ours(engine: Engine) -> None:
    """"The Cairo declaration was adopted by the UN in 1990?" was refused as a question about
    the UN: the declaration is the OIC's (its 19th foreign ministers' conference, offered)."""
    reply = engine.ask("The Cairo declaration was adopted by the UN in 1990?")
    assert reply.kind != "other_org" and "cfm_19" in [
        link.entry for link in reply.suggestions], reply.reason


def test_a_later_question_not_understood_is_said_so(engine: Engine) -> None:
    """"siapa sekjen oki skrg dan berapa gajinya?" answered the first question alone, the
    salary dropped without a word; one the first answer says is not said unanswered, nor a
    request on how to answer."""
    reply = engine.ask("siapa sekjen oki skrg dan berapa gajinya?")
    assert reply.intent == "secretary_general" and [
        (also.kind, "gajinya" in also.answer) for also in reply.also] == [("suggest", True)]
    for question in ("knp sih oki dibentuk? ada kejadian apa waktu itu",
                     "what does the OIC actually do, explain like im 12",
                     # (a row answers in its own words: the term's dates say when he left)
                     "who was the 4th secretary general of oic and where was he from? also "
                     "when did he leave office",
                     # (the summit's answer says it was postponed three times)
                     "Gambia jadi tuan rumah KTT tahun berapa? sebelumnya ditunda brp kali"):
        assert not engine.ask(question).also, question


def test_a_comparison_with_an_organisation_the_question_does_not_name_answers_less(
        engine: Engine) -> None:
    """"Apa perbedaan OKI dulu dan sekarang" got how the OIC differs from the UN ("perbedaan
    oki dan pbb"), which it does not name."""
    assert engine.ask("Apa perbedaan OKI dulu dan sekarang").intent is None
    assert engine.ask("perbedaan oki dan pbb").intent == "vs_un"


@pytest.mark.parametrize("question", ["oki dan islam apa hubungannya",
                                      "what is the relationship between the oic and islam"])
def test_how_the_oic_relates_to_no_party_named_is_not_another_partys_relations(
        engine: Engine, question: str) -> None:
    """"oki dan islam apa hubungannya" got the EU's relations with the OIC ("hubungan oki dan
    org_eu"), then Russia's: the examples name a party the question does not."""
    assert engine.ask(question).intent == "oic_nature"
    assert engine.ask("hubungan oki dan rusia").intent == "russia_observer"


def test_what_a_declaration_says_is_not_an_entry_only_naming_it(engine: Engine) -> None:
    """"Apa isi Deklarasi Banjul" got the 15th summit's theme and chair: our sources name the
    declaration, not what it says. Offered; an entry saying what one says answers."""
    reply = engine.ask("Apa isi Deklarasi Banjul")
    assert reply.intent is None and "latest_summit" in [
        link.entry for link in reply.suggestions], reply.reason
    assert engine.ask("isi deklarasi jakarta").intent == "jakarta_summit_2016"


@pytest.mark.parametrize(("question", "kind", "answered"), [
    # (the OIC's continents, "american" read as the Americas)
    ("what is the Organisation of American States?", "other_org", None),
    # (the criticism, "spring" read as a typo of "sering")
    ("tell me about the Arab Spring", "fallback", None),
    # (the newest member, "joined most recently")
    ("what has the OIC done recently?", "answer", "latest_meetings"),
    # (the headquarters, "not mentioning Afghanistan": the OIC has an office in Kabul)
    ("does the OIC have an office in afghanistan", "answer", "afghanistan_since_2021")])
def test_red_team_218_questions_get_what_they_ask(engine: Engine, question: str, kind: str,
                                                   answered: str | None) -> None:
    """Each got another answer, confidently ("fallback" is the off-topic refusal)."""
    reply = engine.ask(question)
    assert (reply.kind, reply.intent) == (kind, answered), reply.reason


def test_a_meetings_row_says_that_it_met(engine: Engine) -> None:
    """"where did the CFM meet in 2023?" got the Executive Committee's meetings of 2023, "meet"
    left unexplained by the row of the 49th CFM."""
    assert engine.ask("where did the CFM meet in 2023?").entry == "cfm_49"


def test_a_day_asked_about_is_offered_with_the_answers_naming_it(engine: Engine) -> None:
    """"why is 25 september 1969 important for the OIC?" got the OIC's role, told its sources
    do not mention the day: the founding, which names it, is offered. A claim of another day
    is still corrected by the answer asked ("was the oic founded on 21 august 1969?")."""
    reply = engine.ask("why is 25 september 1969 important for the OIC?")
    assert reply.intent is None and "founding_date" in [
        link.entry for link in reply.suggestions], reply.reason
    assert engine.ask("was the oic founded on 21 august 1969?").intent == "founding_date"


@pytest.mark.parametrize(("question", "answered"), [
    ("when did syria get suspended", "syria_reinstated"),
    ("Is it true that Iran opposed Syria's suspension?", "syria_reinstated")])
def test_a_country_named_alone_is_answered_by_any_example_asking_what_is_asked(
        engine: Engine, question: str, answered: str) -> None:
    """"when did syria get suspended" was refused once its best example became "when did
    syria get back into the oki", which shares nothing asked: another example naming Syria
    asks when it was suspended."""
    assert engine.ask(question).intent == answered


@pytest.mark.parametrize(("question", "asked", "then"), [
    ("istanbul summit 2016 oic", "• 13th: Istanbul", ["• 1st", "• 2nd", "• 3rd"]),
    ("is protecting muslim minorities an aim in the oic charter", "• Muslim minorities",
     ["• strengthening fraternity", "• safeguarding common interests"]),
])
def test_the_item_asked_of_a_list_goes_first_under_its_opener(
        engine: Engine, question: str, asked: str, then: list[str]) -> None:
    """"istanbul 2016 oki" showed the 13th summit between the 5th and the 6th, after the
    items a phone shows: the list out of order. The rest stays in order."""
    lines = engine.ask(question).answer.splitlines()
    assert lines[0].endswith(":") and lines[1].startswith(asked), lines[:3]
    assert [line[: len(want)] for line, want in zip(lines[2:], then, strict=False)] == then


def test_a_time_asked_of_no_country_is_not_told_by_a_country(engine: Engine) -> None:
    """"oki sejak kapan" got when Indonesia joined, by the example "ri di oki sejak kapan":
    the OIC's own founding is offered first."""
    reply = engine.ask("oki sejak kapan")
    assert reply.intent != "indonesia_membership", reply.reason
    assert reply.decision is not None and reply.decision.offers[0] == "founding_date"


@pytest.mark.parametrize("question", ["When did the OIC celebrate its 25th anniversary?",
                                      "ulang tahun ke-25 oki kapan"])
def test_a_sentence_lifted_above_another_leaves_it_no_session_to_point_at(
        engine: Engine, question: str) -> None:
    """The 25th anniversary, lifted under the 50th, was followed by "At that session India was
    invited ...", which then read as the 1994 summit's (it was the 2019 ministers')."""
    answer = engine.ask(question).answer
    assert "Casablanca" in answer
    assert "At that session" not in answer and "Dalam sidang itu" not in answer, answer


@pytest.mark.parametrize(("question", "not_answered_by"), [
    # (an example naming a region: ASEAN's three members)
    ("negara apa aja yg gabung oki", "asean_members"),
    # (an example asking what is not so: the members not Muslim-majority)
    ("negara apa saja yang masuk oki", "christian_majority_members"),
])
def test_an_example_saying_where_or_what_is_not_answers_no_question_saying_neither(
        engine: Engine, question: str, not_answered_by: str) -> None:
    """Red team 273: "negara apa aja yg gabung oki" got ASEAN's three members, by "negara asia
    tenggara yang gabung oki apa saja"; its example saying what is not ("negara muslim yang
    tidak gabung oki") outranked the member list."""
    reply = engine.ask(question)
    assert reply.intent != not_answered_by, reply.reason
    if question == "negara apa saja yang masuk oki":
        assert reply.intent == "member_list", reply.reason
    # ... while a question naming an organisation for the region is still answered by it,
    # and one offering "not" as the other choice is answered by an example doing so
    assert engine.ask("Apakah OKI memiliki kantor perwakilan di Uni Eropa?").intent == \
        "eu_relations"
    assert engine.ask("indonesia tuh anggota penuh oki atau bukan sih").intent == \
        "indonesia_membership"


@pytest.mark.parametrize("question", ["What is the Genocide Convention of 1948?",
                                      "What is the UN Alliance of Civilizations?"])
def test_what_a_thing_not_ours_is_is_never_answered_by_an_entry_mentioning_it(
        engine: Engine, question: str) -> None:
    """Red team 273: "What is the Genocide Convention of 1948?" got the Rohingya case brought
    under it, "What is the UN Alliance of Civilizations?" the UN's envoy on Islamophobia, who
    is also its High Representative: offered, never answered."""
    reply = engine.ask(question)
    assert reply.intent is None and reply.suggestions, reply.reason
    # ... while a declaration of one of our meetings is ours
    assert engine.ask("Deklarasi Jakarta 2016 itu apa").intent == "jakarta_summit_2016"


def test_a_yes_no_question_naming_no_country_is_not_an_example_about_one(
        engine: Engine) -> None:
    """Red team 273: "Apakah ketua KTT OKI menjabat tiga tahun?" got Indonesia's membership,
    by "apakah indonesia pernah menjabat wakil ketua ktt oki", told "our sources do not say
    three"."""
    reply = engine.ask("Apakah ketua KTT OKI menjabat tiga tahun?")
    assert reply.intent == "summit_chair", reply.reason
    assert "tiga tahun" in reply.answer


def test_a_question_asking_of_now_is_not_an_example_asking_of_the_first(engine: Engine) -> None:
    """Red team 273: "Piagam OKI yang sekarang berlaku disahkan di ..." got the first Charter
    (Jeddah, 1972), by "siapa yang mengesahkan piagam pertama oki"; today's is Dakar's."""
    reply = engine.ask("Soal: Piagam OKI yang sekarang berlaku disahkan di ... a. Jeddah "
                       "b. Rabat c. Dakar d. Jakarta e. Kairo")
    assert reply.intent == "charter_2008", reply.reason
    assert "Dakar" in reply.answer.splitlines()[0]


@pytest.mark.parametrize(("question", "first", "then"), [
    # (a sentence asking by "tell me" was set aside as a courtesy, the question with it)
    ("Tell me the OIC's official languages. And which country joined last?",
     "official_languages", "newest_member"),
    # ("it" after things of the OIC is the OIC)
    ("What are the official languages of the OIC and how many members does it have?",
     "official_languages", "member_count"),
])
def test_each_question_of_a_message_is_answered(engine: Engine, question: str, first: str,
                                                then: str) -> None:
    """Red team 273: the first question was dropped, or the second said unanswered."""
    reply = engine.ask(question)
    assert (reply.intent, [r.intent for r in reply.also]) == (first, [then]), reply.reason


@pytest.mark.parametrize(("question", "intent"), [
    ("Kamu tau dari mana jawaban-jawabanmu?", "who_are_you"),  # (got an apology)
    ("What sources do you use?", "who_are_you"),  # (got what it can do)
    # (got the suspended members)
    ("Mengapa OKI tidak bisa memberi sanksi kepada anggotanya?", "resolutions_binding"),
    ("apa itu Mahkamah Islam Internasional", "iicj"),
])
def test_red_team_273_questions_get_what_they_ask(engine: Engine, question: str,
                                                  intent: str) -> None:
    assert engine.ask(question).intent == intent


@pytest.mark.parametrize("question", [
    "negara yg bukan anggota oki siapa aja",  # (got the 57 members)
    "sebutkan negara di Afrika yang bukan anggota OKI",  # (got Africa's 27 members)
    "Which countries in South Asia are not OIC members?",
    "which african countries are not in the oic",
    "sekjen OKI yang bukan orang Arab siapa aja",  # (got a Saudi one)
    "which OIC secretaries-general were not Arab",  # (got the most influential members)
])
def test_which_are_not_is_never_answered_with_which_are(engine: Engine, question: str) -> None:
    """Red team 274: a question asking which are not got what is, as if that answered it;
    offered, not answered."""
    reply = engine.ask(question)
    assert reply.intent is None and reply.kind == "suggest", reply.reason


@pytest.mark.parametrize(("question", "intent"), [
    # (an answer telling what is not answers: observers are not members)
    ("which countries are not members of the oic", "christian_majority_members"),
    # (a standing tells either way; so does a claim that one is not, and an item's options)
    ("Apakah Rusia negara yang bukan anggota OKI?", "membership"),
    ("Why isn't India a member of the OIC?", "india_not_member"),
    ("Which of these is NOT an official language of the OIC: Arabic, English, French, Urdu?",
     "official_languages"),
])
def test_which_are_not_is_answered_where_the_answer_tells_it(engine: Engine, question: str,
                                                             intent: str) -> None:
    assert engine.ask(question).intent == intent
    assert engine.ask("Malaysia is not a member of the Al-Quds Committee, right?").answer \
        .startswith("Malaysia is not among the 16 members")
    # (a table reads "not held in" itself)
    assert engine.ask("Which summits were not held in Saudi Arabia?").answer.startswith(
        "• 1st Islamic Summit: Rabat")


@pytest.mark.parametrize(("question", "intent"), [
    ("Apakah Filipina pengamat OKI?", "philippines_observer_bid"),  # (a choice of the two)
    ("Daftar KTT OKI dari pertama sampai terakhir", "summits"),  # ("terakhir" unexplained)
    ("siapa saja sekjen oki dari yang pertama hingga yang terakhir", "sg_list"),  # (got Taha)
    ("whn oki brdiri", "founding_date"),
    ("Sumber datamu dari mana?", "who_are_you"),
    ("Did Kazakhstan propose the name change?", "name_change"),  # (got the IOFS)
    ("Which Gulf states are OIC members?", "vs_gcc"),  # (not sure: the six are its)
    ("sikap oki terhadap rohingya", "rohingya"),  # (not sure)
])
def test_red_team_274_questions_get_what_they_ask(engine: Engine, question: str,
                                                  intent: str) -> None:
    assert engine.ask(question).intent == intent


@pytest.mark.parametrize("question", [
    "Which summits were held in Istanbul besides the 13th?",  # (got the 13th)
    "which summits were held in makkah other than the 14th",  # (got the 14th)
    "OKI membantu Rohingya, bentuknya apa saja?",  # (got why the OIC was formed)
    # (red team 278: the one holding it now, set aside as "the current one": Taha)
    "Who were the OIC secretaries general, not counting the current one?",
])
def test_red_team_275_questions_are_not_answered_with_what_they_set_aside(
        engine: Engine, question: str) -> None:
    """Red team 275: the one row set aside is no answer to which others; "bentuknya" points
    at the OIC's help before it, not at how the OIC was formed."""
    reply = engine.ask(question)
    assert reply.intent is None and reply.kind == "suggest", reply.reason
    # ... while a table that reads the others answers
    assert engine.ask("which SGs were from Saudi Arabia other than Othaimeen").intent == "sg_10"
    # (set aside first, too: the question after it is no row set aside; it was offered)
    assert engine.ask("Besides Lahore, which summits were held in Pakistan?").intent == \
        "extraordinary_summit_1"


@pytest.mark.parametrize(("question", "intent"), [
    ("apa yang dilakukan Jokowi di OKI", "indonesia_role_recent"),  # (the SG's duties, which
    ("jokowi ngapain aja di oki", "indonesia_role_recent"),  # name him in passing)
    # (the specialised institutions, "the OIC has": their answer says "membership")
    ("berapa anggota yang dimiliki OKI?", "member_count"),
    # (two yes/no questions: read as one, the first was dropped for the Jakarta summit)
    ("is indonesia a founder of the oic and did it host a summit?", "membership"),
])
def test_red_team_277_questions_get_what_they_ask(engine: Engine, question: str,
                                                  intent: str) -> None:
    assert engine.ask(question).intent == intent


@pytest.mark.parametrize("question", [
    "kantor berita Antara itu apa",
    "what is Reuters news agency",
    "kantor berita Saudi namanya apa",
    "Which news agency reported the Banjul summit?",
])
def test_another_news_agency_is_not_the_oics_union(engine: Engine, question: str) -> None:
    """Review of the eightieth session: with "kantor berita" and "news agency" as names of the
    Union of OIC News Agencies, each got the union; only the union's own names find it."""
    assert engine.ask(question).entry != "body_una"
    assert engine.ask("What is the Union of OIC News Agencies?").entry == "body_una"


@pytest.mark.parametrize("question", [
    "OKI memiliki kantor berita? Apa namanya?",
    "OKI punya kantor berita sendiri?",
    "does the OIC have a news agency",
    "kantor berita milik OKI apa",
    # ("nama" alone of what has a name of its own asks it, not who leads it)
    "Apa nama kantor berita OKI?",
])
def test_a_name_of_the_oics_own_said_without_it_finds_what_the_oic_has(
        engine: Engine, question: str) -> None:
    """Red-team pass 279: "kantor berita" is the union's only where the OIC is said to have it;
    "OKI punya kantor berita sendiri?" got a sentence of the Islamic court's entry quoting a
    Saudi news agency, "OKI memiliki kantor berita? Apa namanya?" the IsDB."""
    reply = engine.ask(question)
    assert reply.entry == "body_una", reply.reason
    assert "UNA" in reply.answer and "Jeddah" in reply.answer


@pytest.mark.parametrize(("question", "intent"), [
    # (the meeting's row or entry, which never tells their words)
    ("What did Khatami say at the 1997 Tehran summit?", None),
    ("What did Azerbaijan's foreign minister say at the 51st CFM?", None),
    ("What did Jokowi say at the 2023 Riyadh summit?", None),
    ("apa kata AM Fachir di KTM OKI Dhaka 2018", None),
    ("apa kata sekjen oki soal palestina di ktt banjul", "palestine"),
    # (... while one telling them answers, and so does a meeting asked what it said)
    ("what did Mahathir say at the 2003 OIC summit?", "summit_10"),
    ("What did Hasan Kleib say about OIC resolutions being binding?", "resolutions_binding"),
    ("what did the 46th CFM say", "cfm_46"),
    ("what did the jakarta declaration say about israeli settlements", "jakarta_summit_2016"),
    ("why do people say the oic is useless", "oic_effectiveness"),
])
def test_what_someone_said_is_answered_only_by_what_tells_it(engine: Engine, question: str,
                                                             intent: str | None) -> None:
    """Red team 278: each got the meeting's outcome, as if it were what they said."""
    assert engine.ask(question).intent == intent


def test_a_place_set_aside_a_few_words_on_is_left_out(engine: Engine) -> None:
    """Red team 278: "kecuali yang berasal dari Maroko" listed the two Moroccans, "kecuali
    yang diadakan di Arab Saudi" the Saudi summits; "leaving Russia aside", Russia."""
    listed = engine.ask("sebutkan sekretaris jenderal OKI kecuali yang berasal dari Maroko")
    assert "Tunku" in listed.answer and "Maroko)" not in listed.answer
    summits = engine.ask("sebutkan KTT Islam biasa kecuali yang diadakan di Arab Saudi")
    assert "Rabat" in summits.answer and "Arab Saudi, " not in split_lead(summits.answer)[0]
    newest = engine.ask("Which observer joined most recently, leaving Russia aside?")
    assert "Russia" not in split_lead(newest.answer)[0]
    # (a region set aside: its rows are not the answer; offered)
    assert engine.ask("sebutkan sekjen OKI kecuali yang berasal dari Afrika").intent is None


def test_a_standing_is_told_of_its_own_question_not_the_message(engine: Engine) -> None:
    """Red team 278: "Is Iran in the OIC, and was Syria suspended?" opened "No. Our sources
    do not record Iran being suspended", the second question's word read into the first."""
    reply = engine.ask("Is Iran in the OIC, and was Syria suspended?")
    assert reply.answer.startswith("Yes. Iran is a member"), reply.answer
    assert reply.question == "Is Iran in the OIC, and was Syria suspended?"
    # (a later question naming its own country is its own: it was dropped)
    later = engine.ask("When did Brunei join, and is Singapore a member?").also
    assert [r.answer.split(" is ")[0] for r in later] == ["Singapore"]


def test_what_is_set_aside_is_no_answer_by_its_own_entry_or_record(engine: Engine) -> None:
    """Rerun of red team 278: read with its set-aside clause, "other than the cairo
    declaration, what human rights body does the oic have?" got the Cairo Declaration, and
    "kecuali Tunku Abdul Rahman" the one row whose record names him."""
    assert engine.ask("other than the cairo declaration, what human rights body does the oic "
                      "have?").intent == "iphrc"
    others = engine.ask("siapa saja sekjen OKI kecuali Tunku Abdul Rahman")
    assert others.intent == "secretaries_general" and "Tunku" not in others.answer
    # (an exam's "kecuali" asks which option is not: the options' entry is still told)
    assert engine.ask("yang tidak termasuk tujuan OKI adalah... a. solidaritas umat b. membentuk "
                      "pakta militer c. kerja sama ekonomi d. mendukung Palestina"
                      ).intent == "oic_goals"


def test_a_country_set_aside_is_no_answer_by_its_standing(engine: Engine) -> None:
    """Red team 277: it got Bangladesh's standing, the one left out."""
    reply = engine.ask("Which OIC members joined in 1974, not counting Bangladesh?")
    assert reply.intent is None and "Bangladesh" not in reply.answer, reply.reason


@pytest.mark.parametrize(("question", "kept", "aside"), [
    ("Selain KTT Rabat, KTT OKI mana saja yang diadakan di Maroko?", "Casablanca", "Rabat"),
    ("Other than the Rabat summit, which Islamic summits were held in Morocco?", "Casablanca",
     "Rabat"),
    ("Apart from Saudi Arabia, which countries have chaired the OIC summit since 2013?",
     "Gambia", "King Salman"),
])
def test_what_is_set_aside_first_is_left_out(engine: Engine, question: str, kept: str,
                                             aside: str) -> None:
    """Red team 277: a clause setting a row aside, put before the question, was read apart
    from it, and the list shown held the row set aside."""
    shown = engine.ask(question).parts()[0]
    assert kept in shown and aside not in shown, shown


def test_what_the_secretary_general_said_at_the_banjul_summit_is_its_rows(engine: Engine) -> None:
    """Red team 275: what Taha did at the 15th summit (the fact sheet's call for recognising
    Palestine and the media observatory) was in no row."""
    reply = engine.ask("Taha said what at the 2024 summit?")
    assert reply.entry == "summit_15"
    assert "media observatory" in reply.answer.splitlines()[0]


@pytest.mark.parametrize(("question", "intent"), [
    ("How has the OIC helped Palestine?", "palestine"),  # (got why it has not done more)
    ("List the Arab members of the OIC.", None),  # (got all 57, no Arab one marked)
    ("Which Arab nations belong to the OIC?", None),
    # (a "not" of the question's own is no denial it lacks)
    ("true or false: palestine is an oic member but not a un member", "member_count"),
    ("brp negara anggota oki yg bkn mayoritas muslim", "christian_majority_members"),
])
def test_red_team_276_questions_get_what_they_ask(engine: Engine, question: str,
                                                  intent: str | None) -> None:
    assert engine.ask(question).intent == intent


@pytest.mark.parametrize(("question", "intent"), [
    ("OKI punya komisi HAM. Apa namanya dan berapa anggotanya?", "iphrc"),
    ("OKI punya lembaga pendidikan dan kebudayaan. Apa namanya?", "icesco"),
    ("OKI punya forum pemuda, apa namanya?", "affiliated_institutions"),
    ("OKI punya 4 komite tetap. Apa saja namanya?", "standing_committees"),
    # (read whole, the count said drew the member count, which names none)
    ("OKI punya 57 anggota. Siapa saja namanya?", "member_list"),
])
def test_the_name_of_what_the_oic_has_is_not_the_oics_name(engine: Engine, question: str,
                                                           intent: str) -> None:
    """Red team 276: "OKI punya X. Apa namanya?" got the OIC's own name change."""
    assert engine.ask(question).intent == intent


def test_an_engine_rebuilt_after_an_edit_still_reads_what_answers_say_is_not(
        engine: Engine, tmp_path: Path) -> None:
    """The answers an edit left alone are lent to the new engine with what they say is not so:
    without it, "which countries are not members of the oic" lost the answer naming the
    observers, "not members"."""
    engine.warm()
    after = _rebuilt(copy_of_shipped_content(tmp_path / "copy"), engine)
    assert after.ask("which countries are not members of the oic").intent == \
        "christian_majority_members"


@pytest.mark.parametrize("question", [
    "alasan indonesia masuk oki apa",
    "mengapa indonesia menjadi anggota oki",
    "apa tujuan indonesia bergabung dengan OKI",
    "latar belakang indonesia bergabung dengan oki",
    "apa kepentingan nasional indonesia dalam oki",
    "why did indonesia join the oic",
])
def test_why_indonesia_joined_is_told_not_why_it_did_not_sign(engine: Engine,
                                                              question: str) -> None:
    """Red-team pass 279: asked why Indonesia joined, the bot told why it did not sign the 1972
    Charter, or was not sure; study material gives reasons, and they lead."""
    reply = engine.ask(question)
    assert reply.intent == "indonesia_why_join", reply.reason
    assert "Pancasila" in reply.answer


@pytest.mark.parametrize(("question", "intent"), [
    # (asked when, an example asking why answers another question)
    ("kapan indonesia bergabung dengan oki", "indonesia_membership"),
    # (a year said, no reason asked: a claim to check, not why)
    ("Indonesia bergabung dengan OKI tahun 1969 kan?", "membership"),
])
def test_a_question_asking_when_is_not_answered_by_why(engine: Engine, question: str,
                                                       intent: str) -> None:
    reply = engine.ask(question)
    assert reply.intent == intent, reply.reason
    assert "Pancasila" not in reply.answer


def test_a_question_of_countries_at_large_is_no_question_of_one(engine: Engine) -> None:
    """"apa alasan negara-negara bergabung dengan OKI" got Indonesia's membership: a question
    of countries at large names none, and one country's entry is no answer to it."""
    for question in ("apa alasan negara-negara bergabung dengan OKI",
                     "why did countries join the OIC"):
        reply = engine.ask(question)
        assert reply.intent is None and "Indonesia" not in reply.answer.split("\n")[0], \
            reply.reason


@pytest.mark.parametrize(("question", "said"), [
    ("bendera OKI seperti apa", "Allahu Akbar"),
    ("what does the OIC flag look like", "white with the OIC emblem"),
    # (the old one: the 2011 emblem was described as if it were)
    ("logo lama oki sebelum 2011 gimana", "1981"),
    ("what did the old oic logo look like", "1981"),
    # (what it means: the sources say little, and that is said)
    ("what does the crescent on the oic emblem mean", "do not explain each element"),
    ("lambang oki itu artinya apa", "arti tiap unsur tidak dijelaskan"),
])
def test_the_flag_and_the_old_emblem_and_what_it_means_are_told(engine: Engine, question: str,
                                                                said: str) -> None:
    """Red-team pass 279: the old logo and the emblem's meaning were answered by what the 2011
    emblem shows; the flag was not known."""
    reply = engine.ask(question)
    assert reply.kind == "answer" and said in reply.answer, reply.reason


@pytest.mark.parametrize(("question", "intent"), [
    ("what does OIC mean in texting", "oic_slang"),
    ("what does oic mean in chat", "oic_slang"),
    ("oic bahasa gaul artinya apa", "oic_slang"),
    # (the organisation's name, asked plainly, is still the organisation's)
    ("what does OIC stand for", "oic_names"),
])
def test_oic_as_chat_slang_is_told_apart_from_the_organisation(engine: Engine, question: str,
                                                               intent: str) -> None:
    """Red-team pass 279: "what does OIC mean in texting" got the organisation's four names,
    "... in chat" its main organs ("chat" read as the example's "chart")."""
    assert engine.ask(question).intent == intent


@pytest.mark.parametrize(("question", "intent"), [
    ("Berapa kali KTT OKI diadakan dalam setahun?", "islamic_summit"),
    ("OKI mengadakan KTT setahun sekali atau tiga tahun sekali?", "islamic_summit"),
    ("how many times a year does the OIC hold its summit", "islamic_summit"),
    ("sidang menlu oki setahun berapa kali", "cfm"),
])
def test_how_many_times_a_year_is_told_by_the_body_asked_of(engine: Engine, question: str,
                                                             intent: str) -> None:
    """Red-team pass 280: "berapa kali KTT ... setahun" got the Council's "sekali setahun"
    (an example of its asking "setahun"), the summit's "sekali setiap tiga tahun" leaving
    "setahun" unexplained: an answer saying how often says it."""
    assert engine.ask(question).intent == intent


@pytest.mark.parametrize(("question", "intent"), [
    ("OKI punya piagam? apa namanya", "charter_1972"),
    ("OKI ada pasukan perdamaian gak? apa namanya", "oic_army"),
    ("does the oic have a development bank? name?", "isdb"),
])
def test_the_name_of_what_the_oic_was_asked_to_have_is_no_second_question(
        engine: Engine, question: str, intent: str) -> None:
    """Red-team pass 280: read with the first, "apa namanya" also got the OIC's old name (or
    the Rohingya case beside the Islamic court); the first's answer names the thing."""
    reply = engine.ask(question)
    assert reply.intent == intent and not reply.also, reply.reason


def test_the_members_of_what_the_oic_was_asked_to_have_are_its_own(engine: Engine) -> None:
    """"OKI punya komisi HAM? namanya apa, anggotanya brp": the commission's members (18
    experts), not the OIC's; the members line was not shown."""
    reply = engine.ask("OKI punya komisi HAM? namanya apa, anggotanya brp")
    assert reply.intent == "iphrc" and "18 orang" in reply.parts()[0], reply.answer


@pytest.mark.parametrize(("question", "intent"), [
    ("What are the duties of OIC members?", "charter_principles"),
    ("What are member states' rights in the OIC?", "charter_principles"),
    ("kewajiban negara anggota OKI apa saja", "charter_principles"),
    ("Do OIC members have to be Islamic states?", "membership_criteria"),
    # (the Secretary-General's duties stay his)
    ("what are the duties of the secretary general", "sg_duties"),
])
def test_what_members_must_do_is_the_charters_not_the_secretary_generals(
        engine: Engine, question: str, intent: str) -> None:
    """Red-team pass 280: the members' duties got the Secretary-General's, their rights the
    member count, their obligations the rules for observers."""
    assert engine.ask(question).intent == intent


@pytest.mark.parametrize("question", [
    "Is Indonesia an Islamic state? Then why is it in the OIC?",
    "how can indonesia be in the oic if it's not an islamic country",
])
def test_how_indonesia_is_in_the_oic_though_no_islamic_state_is_told(engine: Engine,
                                                                   question: str) -> None:
    """Red-team pass 280: they got Indonesia's population ranking, and the OIC's resolutions
    not binding."""
    reply = engine.ask(question)
    assert reply.intent == "indonesia_why_join" and "not an Islamic state" in reply.answer


@pytest.mark.parametrize("question", [
    "kamu dibikin sama siapa",
    "are you an official oic bot?",
    "is this bot run by the oic",
])
def test_whose_bot_it_is_is_told_by_the_bot(engine: Engine, question: str) -> None:
    """Red-team passes 279-280: "kamu dibikin sama siapa" got the OIC's founders, "are you an
    official oic bot?" its official languages; the bot says what it is, and that it is no
    OIC service."""
    reply = engine.ask(question)
    assert reply.intent == "who_are_you" and ("not an official OIC service" in reply.answer
                                               or "bukan layanan resmi OKI" in reply.answer)


@pytest.mark.parametrize(("question", "opening"), [
    ("Why are countries like Uganda and Guyana in the OIC?", "The sources of this answer do "
     "not say why."),
    ("Why isn't Bosnia a full member?", "The sources of this answer do not say why."),
    ("Kenapa negara-negara Afrika masuk OKI?", "Sumber jawaban ini tidak menyebut alasannya."),
    # (one country asked why it joined keeps its own words)
    ("why did albania join the oic", "Our sources do not say why Albania joined."),
])
def test_why_asked_of_countries_is_said_unanswered_before_their_standing(
        engine: Engine, question: str, opening: str) -> None:
    """Red-team pass 280: asked why, several countries' standings, or a region's members, were
    told as if the years they joined were the reason."""
    assert engine.ask(question).answer.startswith(opening)


def test_a_leader_asked_of_one_country_is_not_shown_another_countrys(engine: Engine) -> None:
    """Red-team pass 280: "Which Indonesian president attended the 2023 Riyadh summit on
    Gaza?" showed "Iran's President Raisi attended" first, Jokowi in the lead below it."""
    reply = engine.ask("Which Indonesian president attended the 2023 Riyadh summit on Gaza?")
    assert "Joko Widodo" in reply.parts()[0].splitlines()[0], reply.answer


@pytest.mark.parametrize(("question", "intent"), [
    ("OKI punya program aksi 10 tahun, apa namanya dan kapan disahkan?", "typoa"),
    ("OKI punya komite soal Yerusalem, apa namanya dan siapa ketuanya?", "al_quds_committee"),
    ("OKI punya deklarasi HAM, namanya apa dan tahun berapa?", "cairo_declaration"),
    ("OKI punya badan statistik, apa namanya dan kapan dibentuk?", "sesric"),
    # ("dagang", trade: spelled as "datang", it read "hadir")
    ("OKI punya pusat dagang di casablanca, namanya apa?", "icdt_iut"),
])
def test_the_name_of_what_the_oic_is_said_to_have_is_that_things(
        engine: Engine, question: str, intent: str) -> None:
    """Red-team pass 281: "apa namanya" after a clause saying the OIC has a thing was read
    alone first, and got the OIC's old name."""
    reply = engine.ask(question)
    assert reply.intent == intent and reply.intent != "name_change", reply.reason
    assert "name_change" not in [r.intent for r in reply.also]


@pytest.mark.parametrize(("question", "intent"), [
    ("kamu dibuat tahun berapa?", "how_current"),
    ("umur kamu berapa?", "how_current"),
    # (the OIC's age stays the OIC's)
    ("umur oki berapa", "founding_date"),
    # ("what's the name" of what the OIC is said to have: not the bot's name)
    ("OIC punya badan HAM, what's the name?", "iphrc"),
])
def test_the_bots_age_and_the_oics_are_told_apart(engine: Engine, question: str,
                                                  intent: str) -> None:
    """Red-team pass 281: "kamu dibuat tahun berapa?" and "umur kamu berapa?" got the OIC's
    founding date; "OIC punya badan HAM, what's the name?" the bot's own name."""
    assert engine.ask(question).intent == intent


@pytest.mark.parametrize("question", [
    "Which country is the OIC's newest member and when did it join?",
    "Which is the most recent member of the OIC and when did it join?",
])
def test_it_after_a_country_asked_for_is_that_country(engine: Engine, question: str) -> None:
    """Red-team pass 281: "when did it join" was read as the OIC's ("when did oic join") and
    alone, and got Indonesia's membership beside the newest member."""
    reply = engine.ask(question)
    assert reply.intent == "newest_member" and not reply.also, reply.reason
    # (a question pointing at a thing it names not, is no country's)
    assert engine.ask("when did it join").intent != "indonesia_membership"


def test_the_oic_is_no_country_and_the_islamic_state_is_not_the_oic(engine: Engine) -> None:
    """Pass 281: "is the oic a country"-like questions; an example asking whether the OIC is
    "an islamic state" answered "what is the Islamic State" with the OIC and was undone."""
    assert engine.ask("oki itu negara atau organisasi").intent == "what_is_oic"
    for question in ("what is the Islamic State", "Tell me about the Islamic State"):
        assert engine.ask(question).intent != "what_is_oic"


def test_the_oic_said_to_have_a_thing_by_ada_before_its_name_asked(engine: Engine) -> None:
    """Review of the eighty-first session: the statement "OKI ada lembaga pendidikan." was not
    read as the OIC having a thing (only "punya", "memiliki" ...), and "Apa namanya?" after it
    got the OIC's old name."""
    assert engine.ask("OKI ada lembaga pendidikan. Apa namanya?").intent == "icesco"
