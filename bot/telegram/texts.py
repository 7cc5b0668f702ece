"""The Telegram bot's own words (commands, welcome, help), in both languages. HTML-safe."""

from __future__ import annotations

UI: dict[str, dict[str, str]] = {
    "id": {
        "welcome": (
            "Assalamu'alaikum! Saya <b>oic-bot</b>: saya menjawab pertanyaan tentang "
            "<b>Organisasi Kerja Sama Islam (OKI)</b> dalam bahasa Indonesia atau Inggris, "
            "selalu dengan sumbernya.\n\n"
            "Tulis saja pertanyaan Anda, misalnya:\n"
            "• Kapan OKI didirikan?\n• Di mana markas OKI?\n• Apakah Turki anggota OKI?\n\n"
            "/topik untuk menjelajah, /bahasa untuk memilih bahasa, /bantuan untuk panduan."
        ),
        "help": (
            "<b>Cara bertanya</b>\n"
            "• Di chat pribadi: tulis pertanyaan apa saja tentang OKI.\n"
            "• Di grup: <code>/tanya pertanyaan</code>, balas (reply) pesan saya, atau sebut "
            "@{bot}. Balas pertanyaan orang lain dengan <code>/jawab</code> agar saya "
            "menjawabnya.\n"
            "• Di chat mana pun: ketik <code>@{bot} pertanyaan</code> lalu pilih jawabannya.\n\n"
            "<b>Perintah</b>\n/topik – jelajahi topik\n/bahasa – pilih bahasa jawaban\n"
            "/tentang – tentang bot ini dan sumber faktanya\n\n"
            "<b>Belajar</b>\n/kuis – kuis, mis. <code>/kuis ktt 5</code>\n"
            "/fakta – satu fakta dengan sumbernya\n/belajar – jalur belajar langkah demi "
            "langkah\n/skor – papan skor grup · /skorku – skor Anda\n"
            "/harian – admin grup: fakta atau kuis harian\n"
            "/hapusdata – hapus skor dan kemajuan belajar Anda"
        ),
        "about": (
            "<b>oic-bot</b> menjawab dari basis pengetahuan yang disusun pengelola. Setiap "
            "fakta diambil dari sumber publik yang dicantumkan di bawah jawaban (halaman resmi "
            "OKI, PBB, pemerintah, dan media), ditulis ulang dengan kata-kata sendiri. Fakta "
            "yang bisa berubah (Sekjen, KTT terakhir, jumlah anggota) diberi tanggal "
            "\"data per\". Bila sumber berbeda pendapat, jawaban menyebutkannya. Bila saya tidak "
            "tahu, saya akan bilang."
        ),
        "topics": "Pilih topik:",
        "topic_entries": "<b>{topic}</b> – pilih pertanyaan:",
        "lang_prompt": "Pilih bahasa jawaban:",
        "lang_auto": "🔄 Otomatis (ikut bahasa pertanyaan)",
        "lang_set": "Baik, saya akan menjawab dalam bahasa Indonesia.",
        "lang_set_auto": "Baik, saya akan menjawab dalam bahasa pertanyaan Anda.",
        "ask_usage": "Tulis pertanyaannya setelah perintah, misalnya: <code>/tanya kapan OKI "
        "didirikan</code>",
        "jawab_usage": "Balas (reply) pesan berisi pertanyaan dengan <code>/jawab</code>, "
        "maka saya akan menjawab pertanyaan itu.",
        "not_text": "Saya hanya bisa membaca pertanyaan berupa teks. Silakan ketik "
        "pertanyaan Anda.",
        "unknown_command": "Perintah itu tidak saya kenal. Lihat /bantuan.",
        "not_found": "Maaf, jawaban itu tidak ada lagi di basis pengetahuan.",
        "vote_thanks": "Terima kasih atas masukannya!",
        "vote_why": "Terima kasih. Apa yang kurang? Pilih di bawah jawaban.",
        "gone": "Pesan ini tidak bisa diubah lagi. Silakan tanyakan lagi.",
        "not_yours": "Tombol ini untuk yang mengetik perintahnya.",
        "jawab_self": "Itu jawaban saya sendiri. Balas pertanyaan seseorang dengan /jawab.",
        "ask_private": "Tanya di chat pribadi",
        "group_hello": (
            "Assalamu'alaikum! Saya <b>oic-bot</b>: saya menjawab pertanyaan tentang "
            "<b>Organisasi Kerja Sama Islam (OKI)</b>, selalu dengan sumbernya.\n\n"
            "Di grup ini saya hanya bicara bila ditanya: <code>/tanya pertanyaan</code>, "
            "balas (reply) pesan saya, atau balas pertanyaan seseorang dengan "
            "<code>/jawab</code>. /bantuan untuk panduan."
        ),
        "operators_private": "Perintah pengelola hanya berjalan di chat pribadi ini: "
        "/stats, /review, /reload.",
    },
    "en": {
        "welcome": (
            "Hello! I'm <b>oic-bot</b>: I answer questions about the <b>Organisation of "
            "Islamic Cooperation (OIC)</b> in English or Indonesian, always with sources.\n\n"
            "Just type your question, for example:\n"
            "• When was the OIC founded?\n• Where is the OIC based?\n"
            "• Is Turkey a member of the OIC?\n\n"
            "/topics to browse, /lang to choose a language, /help for a guide."
        ),
        "help": (
            "<b>How to ask</b>\n"
            "• In a private chat: type any question about the OIC.\n"
            "• In a group: <code>/ask question</code>, reply to one of my messages, or "
            "mention @{bot}. Reply <code>/answer</code> to someone else's question and I'll "
            "answer it.\n"
            "• In any chat: type <code>@{bot} question</code> and pick an answer.\n\n"
            "<b>Commands</b>\n/topics – browse topics\n/lang – choose the answer language\n"
            "/about – about this bot and where its facts come from\n\n"
            "<b>Study</b>\n/quiz – a quiz, e.g. <code>/quiz summit 5</code>\n"
            "/fact – one fact with its source\n/learn – step-by-step learning paths\n"
            "/score – this group's board · /myscore – your scores\n"
            "/daily – group admins: a daily fact or quiz\n"
            "/forgetme – delete your scores and learning progress"
        ),
        "about": (
            "<b>oic-bot</b> answers from a knowledge base curated by its maintainers. Every "
            "fact comes from a public source listed under the answer (official OIC, UN and "
            "government pages, and the press), written in our own words. Facts that change "
            "(the Secretary-General, the latest summit, member counts) carry an \"as of\" "
            "date. Where sources disagree, the answer says so. When I don't know, I say so."
        ),
        "topics": "Choose a topic:",
        "topic_entries": "<b>{topic}</b> – choose a question:",
        "lang_prompt": "Choose the answer language:",
        "lang_auto": "🔄 Automatic (the language you ask in)",
        "lang_set": "OK, I'll answer in English.",
        "lang_set_auto": "OK, I'll answer in the language of your question.",
        "ask_usage": "Write the question after the command, for example: <code>/ask when was "
        "the OIC founded</code>",
        "jawab_usage": "Reply <code>/jawab</code> to a message with a question and I'll answer "
        "that question.",
        "not_text": "I can only read questions written as text. Please type your question.",
        "unknown_command": "I don't know that command. See /help.",
        "not_found": "Sorry, that answer is no longer in the knowledge base.",
        "vote_thanks": "Thanks for the feedback!",
        "vote_why": "Thanks. What was wrong? Choose under the answer.",
        "gone": "This message can no longer be changed. Please ask again.",
        "not_yours": "These buttons are for whoever typed the command.",
        "jawab_self": "That is my own answer. Reply /jawab to someone's question instead.",
        "ask_private": "Ask in a private chat",
        "group_hello": (
            "Hello! I'm <b>oic-bot</b>: I answer questions about the <b>Organisation of "
            "Islamic Cooperation (OIC)</b>, always with sources.\n\n"
            "In this group I speak only when asked: <code>/ask question</code>, reply to one "
            "of my messages, or reply <code>/answer</code> to someone's question. /help for a "
            "guide."
        ),
        "operators_private": "Operator commands work only here in our private chat: "
        "/stats, /review, /reload.",
    },
}

# The command menus by scope (bot/telegram/profile.py registers them at start-up): private
# chats have no /jawab (there is no one else's question to reply to); groups have /tanya and
# /jawab first; operators see their commands too, in their own chat only.
PRIVATE_COMMANDS = {
    "id": [
        ("topik", "Jelajahi topik"),
        ("bahasa", "Pilih bahasa jawaban"),
        ("bantuan", "Cara bertanya"),
        ("tentang", "Tentang bot ini dan sumbernya"),
        ("start", "Mulai"),
    ],
    "en": [
        ("topics", "Browse topics"),
        ("lang", "Choose the answer language"),
        ("help", "How to ask"),
        ("about", "About this bot and its sources"),
        ("start", "Start"),
    ],
}
GROUP_COMMANDS = {
    "id": [
        ("tanya", "Ajukan pertanyaan tentang OKI"),
        ("jawab", "Balas pertanyaan seseorang dengan ini"),
        ("topik", "Jelajahi topik"),
        ("bahasa", "Pilih bahasa jawaban"),
        ("bantuan", "Cara bertanya"),
    ],
    "en": [
        ("ask", "Ask a question about the OIC"),
        ("answer", "Reply to someone's question with this"),
        ("topics", "Browse topics"),
        ("lang", "Choose the answer language"),
        ("help", "How to ask"),
    ],
}
OPERATOR_COMMANDS = [
    ("reload", "Load the edited content now"),
    ("stats", "Answers and votes"),
    ("review", "Unanswered questions and 👎 votes"),
]

# What Telegram shows before /start (the description, up to 512 characters) and on the bot's
# profile and in shared links (the short description, up to 120).
DESCRIPTION = {
    "id": "Saya menjawab pertanyaan tentang Organisasi Kerja Sama Islam (OKI) dalam bahasa "
    "Indonesia atau Inggris, selalu dengan sumbernya: sejarah, anggota, KTT, Sekjen, lembaga, "
    "dan peran Indonesia. Tekan Mulai lalu tulis pertanyaan Anda. Di grup: /tanya "
    "pertanyaan. Di chat mana pun: ketik @{bot} lalu pertanyaan.",
    "en": "I answer questions about the Organisation of Islamic Cooperation (OIC) in English "
    "or Indonesian, always with sources: its history, members, summits, Secretaries-General, "
    "institutions. Press Start and type your question. In groups: /ask question. In any "
    "chat: type @{bot} and a question.",
}
SHORT_DESCRIPTION = {
    "id": "Tanya jawab tentang OKI (Organisasi Kerja Sama Islam), selalu dengan sumber.",
    "en": "Questions and answers about the OIC (Organisation of Islamic Cooperation), "
    "always sourced.",
}


# -- study groups (bot/telegram/study*.py) -------------------------------------------------------
# Kept apart so the command menus can be regrouped (by scope: private chats, groups, admins):
# /kuis /skor /fakta /belajar work anywhere, /skorku is for private chats, /harian for group
# admins, /hapusdata for everyone.
STUDY_COMMANDS = {
    "id": [
        ("kuis", "Kuis tentang OKI, mis. /kuis ktt 5"),
        ("skor", "Papan skor kuis grup ini"),
        ("skorku", "Skor kuis Anda (chat pribadi)"),
        ("fakta", "Satu fakta OKI dengan sumbernya"),
        ("belajar", "Jalur belajar langkah demi langkah"),
        ("harian", "Admin grup: fakta/kuis harian, mis. /harian 07:30"),
        ("hapusdata", "Hapus skor dan kemajuan belajar Anda"),
    ],
    "en": [
        ("quiz", "A quiz about the OIC, e.g. /quiz summit 5"),
        ("score", "This group's quiz board"),
        ("myscore", "Your quiz scores (private chat)"),
        ("fact", "One OIC fact with its source"),
        ("learn", "Step-by-step learning paths"),
        ("daily", "Group admins: a daily fact/quiz, e.g. /daily 07:30"),
        ("forgetme", "Delete your scores and learning progress"),
    ],
}
# Which of them each menu shows: /skorku is for private chats, /skor and /harian for groups.
_PRIVATE_STUDY = ("kuis", "quiz", "skorku", "myscore", "fakta", "fact", "belajar", "learn",
                  "hapusdata", "forgetme")
_GROUP_STUDY = ("kuis", "quiz", "skor", "score", "fakta", "fact", "belajar", "learn", "harian",
                "daily", "hapusdata", "forgetme")
for _lang, _commands in STUDY_COMMANDS.items():
    PRIVATE_COMMANDS[_lang] += [c for c in _commands if c[0] in _PRIVATE_STUDY]
    GROUP_COMMANDS[_lang] += [c for c in _commands if c[0] in _GROUP_STUDY]
