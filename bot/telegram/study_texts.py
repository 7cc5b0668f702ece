"""The study features' own words (quizzes, boards, daily posts, learning paths), in both
languages. HTML-safe: values put into them are escaped by the caller."""

from __future__ import annotations

STUDY: dict[str, dict[str, str]] = {
    "id": {
        "quiz_usage": (
            "Pakai: <code>/kuis [topik] [mudah|sedang|sulit] [jumlah]</code>, misalnya "
            "<code>/kuis ktt 5</code>.\nTopik: sejarah, anggota, ktt, sekjen, organ, indonesia, "
            "umum."
        ),
        "quiz_empty": "Belum ada soal untuk pilihan itu. Coba topik lain, atau tanpa tingkat "
        "kesulitan.",
        "quiz_running": "Kuis lain sedang berjalan di sini (soal {n} dari {total}). Tunggu "
        "sampai selesai, ya.",
        "round_title": "🏁 <b>Hasil kuis</b> ({total} soal)",
        "round_line": "{rank}. {name}: {correct} benar dari {answered}",
        "round_nobody": "Tidak ada yang menjawab.",
        "round_footer": "Papan skor: /skor",
        "round_private": "🏁 <b>Selesai!</b> Benar {correct} dari {total} soal.\nSoal yang "
        "salah akan muncul lagi nanti. Skor Anda: /skorku",
        "board_title": "🏆 <b>Papan skor kuis</b>",
        "board_week": "<b>Minggu ini</b>",
        "board_all": "<b>Sepanjang masa</b>",
        "board_line": "{rank}. {name}: {correct} benar dari {answered}",
        "board_empty": "Belum ada skor. Mulai dengan /kuis!",
        "myscore": (
            "📊 <b>Skor kuis Anda</b>\nMinggu ini: {week_correct} benar dari {week_answered}\n"
            "Sepanjang masa: {all_correct} benar dari {all_answered}\n"
            "Di {groups} grup, dan latihan pribadi: {own_correct} benar dari {own_answered}\n"
            "Soal yang perlu diulang sekarang: {due}"
        ),
        "myscore_empty": "Anda belum menjawab kuis. Coba /kuis!",
        "myscore_private": "Skor Anda saya kirim di chat pribadi: buka @{bot} lalu kirim "
        "/skorku.",
        "forgot": "🗑 Skor, jawaban kuis, dan kemajuan belajar Anda sudah dihapus dari semua "
        "grup dan dari chat pribadi.",
        "store_down": "Maaf, fitur ini sedang tidak tersedia. Coba lagi sebentar lagi.",
        "fact_title": "💡 <b>Fakta OKI</b>",
        "daily_title": "☀️ <b>Fakta hari ini</b>",
        "more": "📖 Selengkapnya",
        "sources": "Sumber",
        "daily_groups_only": "Kiriman harian diatur di grup, oleh admin grup.",
        "daily_admins_only": "Maaf, hanya admin grup yang dapat mengatur kiriman harian.",
        "daily_on": "Baik! Setiap hari pukul {time} WIB saya akan mengirim {what}. Matikan "
        "dengan <code>/harian off</code>.",
        "daily_off": "Kiriman harian dimatikan.",
        "daily_was_off": "Kiriman harian memang belum aktif.",
        "daily_status_on": "Kiriman harian aktif: {what} setiap pukul {time} WIB.",
        "daily_status_off": "Kiriman harian belum aktif.",
        "daily_usage": (
            "Pakai: <code>/harian 07:30</code> (fakta dan kuis), <code>/harian 07:30 fakta"
            "</code>, <code>/harian 07:30 kuis</code>, atau <code>/harian off</code>. Tanpa "
            "jam: 08:00 WIB."
        ),
        "what_fact": "satu fakta",
        "what_quiz": "satu soal kuis",
        "what_both": "satu fakta dan satu soal kuis",
        "paths_title": "📚 <b>Jalur belajar</b>\nPilih jalur; kemajuan Anda disimpan.",
        "paths_empty": "Belum ada jalur belajar.",
        "path_gone": "Jalur itu tidak ada lagi. Lihat /belajar.",
        "next": "Lanjut ▶",
        "restart": "↺ Ulangi",
        "path_quiz": "🧠 Kuis penutup ({n} soal)",
        "path_done": "✅ Jalur selesai!",
    },
    "en": {
        "quiz_usage": (
            "Use: <code>/quiz [topic] [easy|medium|hard] [count]</code>, for example "
            "<code>/quiz summit 5</code>.\nTopics: history, members, summit, secretary, organs, "
            "indonesia, general."
        ),
        "quiz_empty": "There are no questions for that yet. Try another topic, or no "
        "difficulty.",
        "quiz_running": "Another quiz is running here (question {n} of {total}). Please wait "
        "until it ends.",
        "round_title": "🏁 <b>Quiz results</b> ({total} questions)",
        "round_line": "{rank}. {name}: {correct} right of {answered}",
        "round_nobody": "Nobody answered.",
        "round_footer": "Board: /score",
        "round_private": "🏁 <b>Done!</b> {correct} right of {total}.\nThe ones you missed will "
        "come back later. Your scores: /myscore",
        "board_title": "🏆 <b>Quiz board</b>",
        "board_week": "<b>This week</b>",
        "board_all": "<b>All time</b>",
        "board_line": "{rank}. {name}: {correct} right of {answered}",
        "board_empty": "No scores yet. Start with /quiz!",
        "myscore": (
            "📊 <b>Your quiz scores</b>\nThis week: {week_correct} right of {week_answered}\n"
            "All time: {all_correct} right of {all_answered}\n"
            "In {groups} group(s), and practising in private: {own_correct} right of "
            "{own_answered}\nQuestions due for review now: {due}"
        ),
        "myscore_empty": "You haven't answered a quiz yet. Try /quiz!",
        "myscore_private": "I send your scores in a private chat: open @{bot} and send "
        "/myscore.",
        "forgot": "🗑 Your scores, quiz answers and learning progress are deleted, in every "
        "group and in private.",
        "store_down": "Sorry, this isn't available right now. Please try again shortly.",
        "fact_title": "💡 <b>OIC fact</b>",
        "daily_title": "☀️ <b>Today's fact</b>",
        "more": "📖 Read more",
        "sources": "Source",
        "daily_groups_only": "Daily posts are set in a group, by its admins.",
        "daily_admins_only": "Sorry, only the group's admins can set the daily post.",
        "daily_on": "OK! Every day at {time} WIB (Jakarta time) I'll post {what}. Turn it off "
        "with <code>/daily off</code>.",
        "daily_off": "Daily posts are off.",
        "daily_was_off": "Daily posts were not on.",
        "daily_status_on": "Daily posts are on: {what} every day at {time} WIB (Jakarta time).",
        "daily_status_off": "Daily posts are off.",
        "daily_usage": (
            "Use: <code>/daily 07:30</code> (a fact and a quiz), <code>/daily 07:30 fact</code>, "
            "<code>/daily 07:30 quiz</code>, or <code>/daily off</code>. Without a time: 08:00 "
            "WIB."
        ),
        "what_fact": "a fact",
        "what_quiz": "a quiz question",
        "what_both": "a fact and a quiz question",
        "paths_title": "📚 <b>Learning paths</b>\nChoose one; your progress is kept.",
        "paths_empty": "There are no learning paths yet.",
        "path_gone": "That path is gone. See /learn.",
        "next": "Next ▶",
        "restart": "↺ Start again",
        "path_quiz": "🧠 Closing quiz ({n} questions)",
        "path_done": "✅ Path completed!",
    },
}
