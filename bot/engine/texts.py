"""The engine's own sentences (fallbacks, membership answers), in both languages."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "id": {
        "fallback": (
            "Maaf, saya belum bisa menjawab pertanyaan itu. Saya hanya menjawab pertanyaan "
            "tentang Organisasi Kerja Sama Islam (OKI), misalnya sejarah, anggota, organ, dan "
            "peran Indonesia di OKI."
        ),
        "fallback_try": "Coba tanyakan, misalnya:",
        "empty": (
            "Silakan tulis pertanyaan tentang Organisasi Kerja Sama Islam (OKI), "
            "misalnya \"Kapan OKI didirikan?\""
        ),
        "other_org": (
            "Sepertinya pertanyaan ini tentang {org}. Saya hanya menjawab pertanyaan tentang "
            "Organisasi Kerja Sama Islam (OKI), jadi saya tidak akan menebak jawabannya."
        ),
        "suggest": "Saya kurang yakin maksud Anda. Apakah salah satu dari ini?",
        "elsewhere": "Sumber kami tidak menyebut hal itu terjadi di {meeting}. Mungkin salah satu "
        "dari ini yang Anda cari:",
        "unsure": (
            "Saya belum yakin bisa menjawab itu dengan tepat, jadi saya tidak akan menebak. "
            "Mungkin salah satu dari ini yang Anda cari; atau lihat /topik."
        ),
        "other_org_offer": "Yang bisa saya jawab tentang {org} dan OKI:",
        "membership_title": "{name} dan OKI",
        "role_title": "Peran {name} di OKI",
        "yes": "Ya.",
        "no": "Tidak.",
        "not_said": "Sumber jawaban ini tidak menyebut {claim}. Yang mereka katakan:",
        "not_said_then": "Sumber jawaban ini menyebut tahun lain, bukan {claim}, untuk hal itu. "
                         "Yang mereka katakan:",
        "not_counted": "Sumber jawaban ini menyebut jumlah lain, bukan {claim}, untuk hal itu. "
                       "Yang mereka katakan:",
        "no_why": "Sumber jawaban ini tidak menyebut alasannya. Yang mereka katakan:",
        "not_recorded": "Sumber jawaban ini tidak menyebut peristiwa itu, apalagi sebabnya. "
                        "Yang mereka catat:",
        "years_since": "{years} tahun hingga hari ini ({today}), dihitung dari tanggal di bawah "
        "(hitungan kami, bukan dari sumber):",
        "about_years_since": "Sekitar {years} tahun hingga hari ini ({today}), dihitung dari "
        "tahun di bawah (hitungan kami, bukan dari sumber):",
        "opinion": "Seharusnya begitu atau tidak adalah soal pendapat, yang tidak bisa "
                   "diputuskan sumber kami. Yang mereka catat:",
        "odd_ones": "Dari pilihan itu, {odd} tidak ada dalam daftar {table} kami; yang lain ada.",
        "odd_kind": "Dari pilihan itu, yang berbeda adalah {odd}: menurut sumber kami "
                    "{odd} adalah {kind} OKI, sedangkan yang lain {others}.",
        "or": "atau",
        "member": "{name} adalah negara anggota OKI; daftar anggota mencatatnya bergabung "
        "pada {since}.",
        "observer": "{name} bukan anggota penuh OKI, tetapi berstatus negara pengamat sejak "
        "{since}.",
        "not_member": "{name} bukan anggota OKI dan tidak tercatat sebagai negara pengamat.",
        "never_left": "Sumber kami tidak mencatat {name} keluar dari OKI.",
        "newest_is": "Anggota terbaru dalam daftar itu adalah {names} ({year}).",
        "newest_nth_is": "Anggota {nth} sekaligus terbaru dalam daftar itu adalah {names} "
                         "({year}).",
        "never_suspended": "Sumber kami tidak mencatat keanggotaan {name} pernah dibekukan, "
        "apalagi {name} dikeluarkan dari OKI.",
        "no_reason": "Sumber kami tidak menyebut alasan {name} bergabung. Yang tercatat:",
        "years_differ": "Daftar lain mencatat tahun bergabung yang berbeda.",
        "founding_differ": "Sumber-sumber berbeda soal negara mana saja yang terhitung pendiri.",
        "newest_of_these": "Yang paling akhir bergabung di antaranya: {name} ({year}).",
        "newest_not_these": "Yang paling akhir bergabung di antaranya: {name} ({year}); anggota "
        "terbaru dalam daftar itu adalah {names} ({last}).",
        "member_item": "{name}: anggota, tercatat bergabung pada {since}.",
        "observer_item": "{name}: bukan anggota penuh; negara pengamat sejak {since}.",
        "not_member_item": "{name}: bukan anggota, juga bukan negara pengamat.",
        "and": "dan",
        "beside_who": "dipimpin {detail}",
        "beside_theme": "tema: \"{detail}\"",
        "beside_time": "berdiri {detail}",
        "beside_unsettled": "sumber kami tidak memberi satu tahun berdirinya",
        "beside_outcome": "{detail}",
        "most_hosts": "Paling sering menjadi tuan rumah {meetings} menurut sumber kami: {names}, "
        "{n} kali:",
        "most_hosts_each": "Paling sering menjadi tuan rumah {meetings} menurut sumber kami: "
        "{names}, masing-masing {n} kali:",
        "repeated_hosts": "Tuan rumah lebih dari satu {meetings} menurut sumber kami: {names}:",
        "repeated_from": "Negara asal lebih dari satu {meetings} menurut sumber kami: {names}:",
        "most_from": "Negara asal {meetings} terbanyak menurut sumber kami: {names}, {n} orang:",
        "most_from_each": "Negara asal {meetings} terbanyak menurut sumber kami: {names}, "
        "masing-masing {n} orang:",
        "joined_title": "Anggota OKI yang bergabung {years}",
        "joined": "Menurut daftar Layanan Informasi Negara Mesir (SIS, 2023), anggota OKI yang "
        "tercatat bergabung {years}:",
        "joined_count": "Menurut daftar Layanan Informasi Negara Mesir (SIS, 2023), {count} "
        "anggota OKI tercatat bergabung {years}:",
        "joined_count_one": "Menurut daftar Layanan Informasi Negara Mesir (SIS, 2023), 1 "
        "anggota OKI tercatat bergabung {years}:",
        "joined_none": "Menurut daftar Layanan Informasi Negara Mesir (SIS, 2023), tidak ada "
        "anggota OKI yang tercatat bergabung {years}. Yang terakhir bergabung:",
        "joined_last": "Menurut daftar Layanan Informasi Negara Mesir (SIS, 2023), yang terakhir "
        "bergabung {years}:",
        "joined_first": "Menurut daftar Layanan Informasi Negara Mesir (SIS, 2023), yang pertama "
        "bergabung {years}:",
        "joined_none_between": "Menurut daftar Layanan Informasi Negara Mesir (SIS, 2023), tidak "
        "ada anggota OKI yang tercatat bergabung {years}. Yang terdekat sebelum dan sesudahnya:",
        "observers_then": "Menjadi pengamat (bukan anggota) pada tahun itu: {names}.",
        "members_in": "Menurut tahun bergabung dalam daftar Layanan Informasi Negara Mesir (SIS, "
        "2023), {n} dari {total} anggota OKI saat ini sudah bergabung pada akhir {year}.",
        "joined_later": "Yang bergabung sesudahnya: {names}.",
        "joined_later_many": "{n} anggota lain bergabung sesudahnya.",
        "members_in_title": "Anggota OKI pada {year}",
        "joined_differ": "Daftar lain kadang mencatat tahun yang berbeda untuk beberapa negara.",
        "joined_in_region": "Yang terletak di {region} (pembagian wilayah statistik PBB, M49): "
        "{names}.",
        "joined_none_in_region": "Tidak ada yang terletak di {region} (pembagian wilayah "
        "statistik PBB, M49).",
        "joined_back_title": "Anggota OKI {nth} dari terakhir yang bergabung",
        "joined_back": "Menurut daftar Layanan Informasi Negara Mesir (SIS, 2023), dihitung mundur "
        "dari anggota terbaru menurut tahun bergabung, yang {nth} dari terakhir bergabung"
        "{within} adalah {name}, pada {year}:",
        "joined_back_tied": "Menurut daftar Layanan Informasi Negara Mesir (SIS, 2023), dihitung "
        "mundur dari anggota terbaru menurut tahun bergabung, yang {nth} dari terakhir bergabung"
        "{within} adalah salah satu dari {names}, yang bergabung pada {year}; daftar itu tidak "
        "mengurutkan negara yang bergabung pada tahun yang sama:",
        "joined_nth_title": "Anggota OKI {nth} yang bergabung",
        "joined_nth_founders": "Anggota OKI tidak bernomor menurut urutan bergabung. Dalam daftar "
        "Layanan Informasi Negara Mesir (SIS, 2023), {n} negara pendiri bergabung bersama pada "
        "1969, jadi yang {nth} bergabung adalah salah satu dari mereka; daftar itu tidak "
        "mengurutkan mereka:",
        "joined_nth": "Menurut tahun bergabung dalam daftar Layanan Informasi Negara Mesir (SIS, "
        "2023), {before} anggota sudah bergabung sebelum {year}; yang {nth} bergabung adalah "
        "{names}, pada {year}:",
        "joined_nth_tied": "Menurut tahun bergabung dalam daftar Layanan Informasi Negara Mesir "
        "(SIS, 2023), {before} anggota sudah bergabung sebelum {year}; yang {nth} bergabung "
        "adalah salah satu dari {names}, yang bergabung pada {year}; daftar itu tidak "
        "mengurutkan negara yang bergabung pada tahun yang sama:",
        "joined_nth_differ": "Sumber juga berbeda soal berapa negara pendiri, dan itu menggeser "
        "hitungan ini.",
        "region_title": "Anggota OKI di {region}",
        "region": "{count} dari {total} anggota OKI ada di {region} (wilayah statistik PBB, "
        "M49), dengan tahun bergabungnya:",
        "region_edge": "Di antara anggota OKI di {region}, yang {edge} bergabung adalah {names} "
                       "({year}), menurut daftar Layanan Informasi Negara Mesir (SIS, 2023).",
        "region_edge_tied": "Di antara anggota OKI di {region}, yang {edge} bergabung adalah "
                            "{names} (semuanya {year}), menurut daftar Layanan Informasi "
                            "Negara Mesir (SIS, 2023).",
        "edge_first": "paling awal",
        "edge_last": "paling akhir",
        "region_one": "{count} dari {total} anggota OKI ada di {region} (wilayah statistik "
        "PBB, M49), dengan tahun bergabungnya:",
        "region_many": "{count} dari {total} anggota OKI ada di {region} (wilayah statistik "
        "PBB, M49):",
        "region_differ": "Pengelompokan wilayah lain menarik sebagian batasnya secara "
        "berbeda.",
        "in_year": "pada {year}",
        "since_year": "sejak {year}",
        "not_there": "Bukan di {asked}: menurut sumber kami, tempatnya di {held}.",
        "not_that_year": "Bukan tahun {asked}: menurut sumber kami, tahun {held}.",
        "not_from": "Bukan dari {asked}: menurut sumber kami, dari {held}.",
        "not_chosen_at": "Bukan di {meeting}: {holder} dipilih pada {chosen}.",
        "chaired_by": "Bukan {person}: menurut sumber kami, {meeting} dipimpin oleh {chair}.",
        "not_holder": "Tidak: {person} tidak termasuk {table} yang tercatat dalam sumber "
                      "kami, yang mencatat semuanya ({n} orang, dari yang pertama sampai yang "
                      "terakhir):",
        "not_that_holder": "Bukan: {person} tidak termasuk {table} yang tercatat dalam "
                           "sumber kami.",
        "not_chair": "Sumber kami tidak menyebut {person} sebagai pemimpin atau tuan rumah "
                     "{meeting}.",
        "not_at_meeting": "Bukan di {meeting}: menurut sumber kami, di {other}.",
        "another_one": "Bukan {named}: menurut sumber kami, yang ini:",
        "holds_another": "Bukan {named}: sumber kami menyebut {named} sebagai {office}, jabatan "
                         "lain. Yang ditanyakan, menurut sumber kami:",
        "named_as": "(sumber kami menyebut {named} sebagai {office}). Yang ditanyakan, "
                    "menurut sumber kami:",
        "other_kind": "Bukan: {title} adalah {kind}, bukan {named}.",
        "not_that_kind": "Sumber kami tidak mencatat {kind} pada {year}; yang tercatat tahun "
        "itu:",
        "until_year": "sampai {year}",
        "no_row": "Sumber kami tidak mencatat {table} {what}.",
        "no_row_nearest": "Yang terdekat dalam sumber kami:",
        "no_row_latest": "Yang terbaru dalam sumber kami:",
        "no_row_first": "Yang pertama dalam sumber kami:",
        "no_row_theirs": "Yang tercatat dalam sumber kami:",
        "no_row_other_kinds": "Yang tercatat di sana, dari jenis lain:",
        "within_after": "setelah {year}",
        "within_before": "sebelum {year}",
        "within_since": "sejak {year}",
        "within_until": "sampai {year}",
        "no_row_number": "ke-{n}",
        "no_row_year": "pada {year}",
        "no_row_dating": "yang bermula pada {year}",
        "no_row_next": "yang dijadwalkan berikutnya",
        "no_row_from": "dari {country}",
        "no_row_in": "di {country}",
        "counted": "Dihitung menurut urutan dalam sumber kami (yang tidak menomorinya): {title}.",
        "counting": "Sumber kami mencatat {n}:",
        "counting_some": "Sumber kami mencatat {n}, tetapi tidak memuat semuanya, jadi jumlah "
        "sebenarnya bisa lebih banyak:",
        "counting_kinds": "Sumber kami mencatat {n} ({kinds}):",
        "counting_numbered": "{n} {meetings} hingga yang {nth} ({held}), yang terbaru dalam "
        "sumber kami; sumber kami mencatat {total} di antaranya:",
        "earliest_known": "Sumber kami tidak menyebut mana yang pertama; yang paling awal dalam "
        "sumber kami: {title}.",
        "lacks_who": "{title}: sumber kami tidak menyebut siapa yang memimpinnya.",
        "lacks_person": "{title}: catatan ini tidak menyebut orang yang Anda tanyakan.",
        "lacks_theme": "{title}: sumber kami tidak mencatat temanya.",
        "lacks_outcome": "{title}: sumber kami tidak mencatat apa yang diputuskannya.",
        "lacks_duties": "{title}: sumber kami tidak merinci tugasnya.",
        "lacks_time": "{title}: sumber kami tidak mencatat tanggalnya.",
        "lacks_place": "{title}: sumber kami tidak mencatat tempatnya.",
        "lacks_number": "{title}: sumber kami tidak mencatat jumlah itu.",
        "unsettled": "Tanggal dalam sumber kami tidak memastikan mana yang lebih dulu:",
        "unsettled_latest": "Tanggal dalam sumber kami tidak memastikan mana yang paling baru:",
        "unsettled_tenure": "Tanggal dalam sumber kami tidak cukup rinci untuk memastikan siapa "
        "yang menjabat lebih lama:",
        "gap": "Dari pembukaan {first} sampai pembukaan {second}: sekitar {span}.",
        "gap_shortest": "Jarak terpendek antara satu dan berikutnya dari {rows} dalam sumber "
        "kami, menurut tanggal pembukaannya:",
        "gap_longest": "Jarak terpanjang antara satu dan berikutnya dari {rows} dalam sumber "
        "kami, menurut tanggal pembukaannya:",
        "gap_years": "Sumber kami hanya mencatat tahunnya: {first} pada {start}, {second} pada "
        "{end}.",
        "n_years": "{n} tahun",
        "n_years_one": "1 tahun",
        "n_months": "{n} bulan",
        "n_months_one": "1 bulan",
        "came_first": "Menurut tanggal dalam sumber kami, {name} ({start}) lebih dulu daripada "
        "{others}.",
        "came_later": "Menurut tanggal dalam sumber kami, {name} ({start}) lebih baru daripada "
        "{others}.",
        "in_office_longest": "Menurut tanggal dalam sumber kami, {name} menjabat lebih lama "
        "daripada {other}:",
        "in_office_shortest": "Menurut tanggal dalam sumber kami, {name} menjabat lebih singkat "
        "daripada {other}:",
        "undated": "tanpa tanggal dalam sumber kami",
        "lacks_life": "{title}: sumber kami tidak mencatat kapan atau di mana ia lahir atau "
        "wafat.",
        "lacks_career": "{title}: sumber kami tidak mencatat jabatan atau pekerjaannya sebelum "
        "itu.",
        "no_row_after": "Sumber kami belum mencatat siapa pun sesudah {title}.",
        "no_row_before": "Sumber kami tidak mencatat siapa sebelum {title}.",
        "no_row_unlinked": "Sumber kami tidak mencatat siapa sesudah {title}.",
        "lacks_later": "{title}: sumber kami tidak mencatat apa yang ia lakukan sesudah itu.",
        "lacks_more": "Yang mereka catat tentangnya ada di tombol di bawah.",
        "elected_at": "{holder} dipilih pada {meeting}.",
        "no_figure": "Saya tidak menemukan angka itu di sumber kami. Yang mereka catat tentang hal "
                     "ini:",
        "no_deed": "Catatan kami tentang orang itu tidak menyebut hal itu. Mungkin salah satu ini "
        "yang Anda cari:",
        "no_org": "Sumber kami tidak membandingkan OKI dengan {org}. Yang mereka catat:",
        "no_person": "Sumber kami tidak menyebut siapa orangnya. Yang mereka catat tentang hal "
        "ini:",
        "part_unanswered": "Pertanyaan {part} belum bisa saya jawab dari sumber kami; coba "
                           "tanyakan tersendiri dengan menyebut halnya.",
        "on_day": "Sumber kami menyebut {day} di lebih dari satu jawaban. Yang mana yang Anda "
                  "maksud?",
        "unnamed": "Saya tidak tahu apa yang Anda maksud: saya membaca setiap pesan tersendiri, "
        "tanpa pesan sebelumnya. Sebutkan halnya (misalnya \"KTT ke-5\"). Mungkin salah satu ini:",
        "no_time": "Saya tidak dapat memastikan waktu yang Anda maksud, jadi saya tidak menebak. "
        "Mungkin salah satu ini membantu:",
        "longest": "Paling lama menjabat menurut tanggal dalam sumber kami: {title}.",
        "shortest": "Paling singkat menjabat menurut tanggal dalam sumber kami: {title}.",
        "region_among": "Ini semuanya, dengan negaranya:",
        "different_held": "Sumber kami mencatat {k} {meetings}, diadakan di {n} {places} berbeda:",
        "different_from": "Sumber kami mencatat {k} {meetings}, dari {n} {places} berbeda:",
        "places_country": "negara",
        "places_city": "kota",
        "no_most": "Sumber kami tidak menghitung hal itu untuk setiap {table}, jadi tidak bisa "
        "menyebut mana yang paling banyak.",
        "hosts_in_region": "Di antara yang negaranya terletak di {region} menurut pembagian "
        "wilayah statistik PBB (M49):",
        "members_of": "Menurut sumber kami, {body} beranggotakan {n} negara: {names}.",
        "sits_on": "Ya: {country} termasuk {n} anggota {body} menurut sumber kami ({names}).",
        "sits_not": "Tidak: {country} tidak termasuk {n} anggota {body} menurut sumber kami "
        "({names}).",
        "in_region_among": "Ada {n} yang negaranya terletak di {region} menurut pembagian "
        "wilayah statistik PBB (M49), dari yang pertama:",
        "apart_among": "Tak satu pun dalam sumber kami cocok dengan semua yang Anda sebut. "
        "Menurut nomornya, yang pertama; menurut tempat atau tahunnya, sisanya:",
        "fewer_among": "Sumber kami hanya mencatat {k} dari sana, tidak sampai yang {nth}:",
        "not_always_among": "Tidak semuanya: dari {n} yang tercatat dalam sumber kami, hanya {k} "
        "ini yang cocok dengan yang Anda sebut:",
        "first_not_there_among": "Bukan: menurut tanggal dalam sumber kami, yang pertama di "
        "sana adalah yang lain, di urutan pertama di sini; yang Anda sebut ada di bawahnya:",
        "latest_not_there_among": "Bukan: menurut tanggal dalam sumber kami, yang terakhir di "
        "sana adalah yang lain, di urutan pertama di sini; yang Anda sebut ada di bawahnya:",
        "first_apart_among": "Yang pertama dari semuanya, lalu yang pertama dari tempat yang "
        "Anda sebut:",
        "latest_apart_among": "Yang terakhir dari semuanya, lalu yang terakhir dari tempat yang "
        "Anda sebut:",
        "apart_place_among": "Tak satu pun dalam sumber kami cocok dengan semua yang Anda sebut. "
        "Menurut tempatnya, yang pertama; menurut tahunnya, sisanya:",
        "in_a_year": "Yang tercatat dalam tabel sejarah kami untuk {year} (pertemuan yang "
        "diadakan, serta jabatan, badan, dan status yang dimulai; belum tentu semua kegiatan OKI "
        "tahun itu):",
        "in_a_year_title": "OKI pada {year}",
        "longest_held": "Paling lama berlangsung menurut tanggal dalam sumber kami: {title}.",
        "shortest_held": "Paling singkat berlangsung menurut tanggal dalam sumber kami: {title}.",
        "longest_held_among": "Paling lama berlangsung menurut tanggal dalam sumber kami (sama "
        "lamanya, atau tanggalnya tidak cukup rinci untuk membedakan):",
        "shortest_held_among": "Paling singkat berlangsung menurut tanggal dalam sumber kami (sama "
        "singkatnya, atau tanggalnya tidak cukup rinci untuk membedakan):",
        "longest_among": "Tanggal dalam sumber kami tidak cukup rinci untuk memastikan siapa yang "
        "paling lama menjabat; salah satu dari ini:",
        "shortest_among": "Tanggal dalam sumber kami tidak cukup rinci untuk memastikan siapa yang "
        "paling singkat menjabat; salah satu dari ini:",
        "between_years": "antara {start} dan {end}",
        "as_of": "Data per {date} (tanggal sumber terbaru).",
        "as_of_checked": "Data per {date} (tanggal sumber terbaru; dicek {checked}).",
        "sources": "Sumber",
        "options_missing": "Sepertinya ini soal pilihan ganda yang pernyataan atau pilihan "
        "jawabannya tidak ikut terkirim. Kirim soalnya utuh beserta pilihannya, nanti saya cek "
        "satu per satu dengan sumber kami.",
        # (ending with a colon, what follows shows with it: it was all a phone showed)
        "excludes": "Soal ini menanyakan pilihan yang tidak termasuk; bandingkan pilihan "
        "jawaban dengan yang termasuk menurut sumber kami:",
        "related": "Lihat juga",
    },
    "en": {
        "fallback": (
            "Sorry, I can't answer that yet. I only answer questions about the Organisation of "
            "Islamic Cooperation (OIC), such as its history, members, organs and Indonesia's role."
        ),
        "fallback_try": "Try asking, for example:",
        "empty": (
            "Please type a question about the Organisation of Islamic Cooperation (OIC), "
            "for example \"When was the OIC founded?\""
        ),
        "other_org": (
            "This question seems to be about {org}. I only answer questions about the "
            "Organisation of Islamic Cooperation (OIC), so I won't guess."
        ),
        "suggest": "I'm not sure what you mean. Is it one of these?",
        "elsewhere": "Our sources do not say that happened at the {meeting}. Perhaps one of these "
        "is what you are after:",
        "unsure": (
            "I'm not sure I can answer that correctly, so I won't guess. Perhaps one of these "
            "is what you're after; or see /topics."
        ),
        "other_org_offer": "What I can answer about {org} and the OIC:",
        "membership_title": "{name} and the OIC",
        "role_title": "The role of {name} in the OIC",
        "yes": "Yes.",
        "no": "No.",
        "not_said": "The sources of this answer do not mention {claim}. What they say:",
        "not_said_then": "The sources of this answer give another year than {claim} for that. "
                         "What they say:",
        "not_counted": "The sources of this answer give another number than {claim} for that. "
                       "What they say:",
        "no_why": "The sources of this answer do not say why. What they say:",
        "not_recorded": "The sources of this answer do not mention that event, let alone why. What "
                        "they say:",
        "years_since": "{years} years as of today ({today}), counted from the date below (our "
        "count, not the sources'):",
        "about_years_since": "About {years} years as of today ({today}), counted from the year "
        "below (our count, not the sources'):",
        "opinion": "Whether it should is a matter of opinion, which our sources cannot "
                   "settle. What they record:",
        "odd_ones": "Of the options, {odd} is not in our list of {table}; the others are.",
        "odd_kind": "Of the options, the odd one out is {odd}: our sources give it as {kind} of "
                    "the OIC, and each of the others as {others}.",
        "or": "or",
        "member": "{name} is a member of the OIC, listed as joining in {since}.",
        "observer": "{name} is not a full member of the OIC; it has been an observer state since "
        "{since}.",
        "not_member": "{name} is not a member of the OIC, nor is it listed as an observer.",
        "never_left": "Our sources do not record {name} leaving the OIC.",
        "newest_is": "The newest member on that list is {names} ({year}).",
        "newest_nth_is": "The {nth} and newest member on that list is {names} ({year}).",
        "never_suspended": "Our sources do not record {name} being suspended from the OIC, "
        "let alone expelled.",
        "no_reason": "Our sources do not say why {name} joined. What they record:",
        "years_differ": "Other lists give a different joining year.",
        "founding_differ": "Sources differ on which states count as founders.",
        "newest_of_these": "The last of these to join: {name} ({year}).",
        "newest_not_these": "The last of these to join: {name} ({year}); the newest member on "
        "that list is {names} ({last}).",
        "member_item": "{name}: a member, listed as joining in {since}.",
        "observer_item": "{name}: not a full member; an observer state since {since}.",
        "not_member_item": "{name}: not a member, nor an observer.",
        "and": "and",
        "beside_who": "chaired by {detail}",
        "beside_theme": "theme: \"{detail}\"",
        "beside_time": "founded {detail}",
        "beside_unsettled": "no single founding year in our sources",
        "beside_outcome": "{detail}",
        "most_hosts": "Most often host of the {meetings} in our sources: {names}, {n} times:",
        "most_hosts_each": "Most often hosts of the {meetings} in our sources: {names}, {n} times "
        "each:",
        "repeated_hosts": "Hosts of more than one of the {meetings} in our sources: {names}:",
        "repeated_from": "Countries with more than one of the {meetings} in our sources: "
        "{names}:",
        "most_from": "The country with the most {meetings} in our sources: {names}, {n}:",
        "most_from_each": "The countries with the most {meetings} in our sources: {names}, {n} "
        "each:",
        "joined_title": "OIC members that joined {years}",
        "joined": "According to the list of Egypt's State Information Service (SIS, 2023), these "
        "OIC members are listed as joining {years}:",
        "joined_count": "According to the list of Egypt's State Information Service (SIS, 2023), "
        "{count} OIC members are listed as joining {years}:",
        "joined_count_one": "According to the list of Egypt's State Information Service (SIS, "
        "2023), 1 OIC member is listed as joining {years}:",
        "joined_none": "According to the list of Egypt's State Information Service (SIS, 2023), "
        "no OIC member is listed as joining {years}. The last to join:",
        "joined_last": "According to the list of Egypt's State Information Service (SIS, 2023), "
        "the last to join {years}:",
        "joined_first": "According to the list of Egypt's State Information Service (SIS, 2023), "
        "the first to join {years}:",
        "joined_none_between": "According to the list of Egypt's State Information Service (SIS, "
        "2023), no OIC member is listed as joining {years}. The nearest before and after:",
        "observers_then": "Became an observer (not a member) then: {names}.",
        "members_in": "By the joining years on the list of Egypt's State Information Service "
        "(SIS, 2023), {n} of the OIC's {total} members today had joined by the end of {year}.",
        "joined_later": "Joined later: {names}.",
        "joined_later_many": "{n} more joined later.",
        "members_in_title": "OIC members by {year}",
        "joined_differ": "Other lists sometimes give a different year for a few states.",
        "joined_in_region": "Those in {region} (UN statistical regions, M49): {names}.",
        "joined_none_in_region": "None of them lies in {region} (UN statistical regions, M49).",
        "joined_back_title": "The {nth} most recent OIC member to join",
        "joined_back": "According to the list of Egypt's State Information Service (SIS, 2023), "
        "counted back from the newest member by the year each joined, the {nth} most recent to "
        "join{within} is {name}, in {year}:",
        "joined_back_tied": "According to the list of Egypt's State Information Service (SIS, "
        "2023), counted back from the newest member by the year each joined, the {nth} most "
        "recent to join{within} is one of {names}, which joined in {year}; the list gives no "
        "order within a year:",
        "joined_nth_title": "The {nth} OIC member to join",
        "joined_nth_founders": "OIC members are not numbered by the order they joined. On the "
        "list of Egypt's State Information Service (SIS, 2023), {n} founders joined together in "
        "1969, so the {nth} to join is one of them; the list does not order them:",
        "joined_nth": "By the joining years on the list of Egypt's State Information Service "
        "(SIS, 2023), {before} members had joined before {year}; the {nth} to join was {names}, "
        "in {year}:",
        "joined_nth_tied": "By the joining years on the list of Egypt's State Information "
        "Service (SIS, 2023), {before} members had joined before {year}; the {nth} to join was "
        "one of {names}, which joined in {year}; the list gives no order within a year:",
        "joined_nth_differ": "Sources also differ on how many states were founders, which "
        "shifts this count.",
        "region_title": "OIC members in {region}",
        "region": "{count} of the OIC's {total} members lie in {region} (UN statistical "
        "regions, M49), with the year each joined:",
        "region_edge": "Of the OIC's members in {region}, the {edge} to join was {names} "
                       "({year}), by the list of Egypt's State Information Service (SIS, 2023).",
        "region_edge_tied": "Of the OIC's members in {region}, the {edge} to join were {names} "
                            "(all in {year}), by the list of Egypt's State Information Service "
                            "(SIS, 2023).",
        "edge_first": "first",
        "edge_last": "last",
        "region_one": "{count} of the OIC's {total} members lies in {region} (UN statistical "
        "regions, M49), with the year it joined:",
        "region_many": "{count} of the OIC's {total} members lie in {region} (UN statistical "
        "regions, M49):",
        "region_differ": "Other groupings of regions draw some of these lines differently.",
        "in_year": "in {year}",
        "since_year": "from {year} on",
        "not_there": "Not in {asked}: our sources place it in {held}.",
        "not_that_year": "Not in {asked}: our sources date it to {held}.",
        "not_from": "Not from {asked}: our sources say {held}.",
        "not_chosen_at": "Not at the {meeting}: {holder} was chosen at the {chosen}.",
        "chaired_by": "Not {person}: according to our sources, the {meeting} was chaired by "
                      "{chair}.",
        "not_holder": "No: {person} is not among the {table} in our sources, which list "
                      "every one of them ({n}, from the first to the latest):",
        "not_that_holder": "No: {person} is not among the {table} in our sources.",
        "not_chair": "Our sources do not name {person} as the chair or host of the {meeting}.",
        "not_at_meeting": "Not at the {meeting}: according to our sources, at the {other}.",
        "another_one": "Not {named}: according to our sources, this one:",
        "holds_another": "Not {named}: our sources name {named} as the {office}, another "
                         "office. The one you asked about, according to our sources:",
        "named_as": "(they name {named} as the {office}). The one you asked about, "
                    "according to our sources:",
        "other_kind": "No: {title} is {kind}, not {named}.",
        "not_that_kind": "Our sources record no {kind} in {year}; the one they record that "
        "year:",
        "until_year": "up to {year}",
        "no_row": "Our sources list no {table} {what}.",
        "no_row_nearest": "The nearest they list:",
        "no_row_latest": "The latest they list:",
        "no_row_first": "The first they list:",
        "no_row_theirs": "Those they do list:",
        "no_row_other_kinds": "Of other kinds, they list there:",
        "within_after": "after {year}",
        "within_before": "before {year}",
        "within_since": "since {year}",
        "within_until": "until {year}",
        "no_row_number": "numbered {n}",
        "no_row_year": "in {year}",
        "no_row_dating": "dating from {year}",
        "no_row_next": "planned next",
        "no_row_from": "from {country}",
        "no_row_in": "in {country}",
        "counted": "Counted in the order our sources list them (they do not number them): "
        "{title}.",
        "counting": "Our sources list {n}:",
        "counting_some": "Our sources list {n}, but they do not hold every one, so there may have "
        "been more:",
        "counting_kinds": "Our sources list {n} ({kinds}):",
        "counting_numbered": "{n} {meetings} up to the {nth} ({held}), the latest in our "
        "sources, which list {total} of them:",
        "earliest_known": "Our sources do not say which was the first; the earliest they list: "
        "{title}.",
        "lacks_who": "{title}: our sources do not say who led or chaired it.",
        "lacks_person": "{title}: this record does not name the person you ask about.",
        "lacks_theme": "{title}: our sources give no theme for it.",
        "lacks_outcome": "{title}: our sources do not record what it decided.",
        "lacks_duties": "{title}: our sources do not detail its duties.",
        "lacks_time": "{title}: our sources give no date for it.",
        "lacks_place": "{title}: our sources do not give its place.",
        "lacks_number": "{title}: our sources do not give that number.",
        "unsettled": "The dates in our sources do not settle which came first:",
        "unsettled_latest": "The dates in our sources do not settle which is the newest:",
        "unsettled_tenure": "The dates in our sources are not precise enough to settle who "
        "served longer:",
        "gap": "From the opening of the {first} to the opening of the {second}: about {span}.",
        "gap_shortest": "The shortest gap between one and the next of the {rows} in our "
        "sources, by their opening dates:",
        "gap_longest": "The longest gap between one and the next of the {rows} in our sources, "
        "by their opening dates:",
        "gap_years": "Our sources give only the years: the {first} in {start}, the {second} in "
        "{end}.",
        "n_years": "{n} years",
        "n_years_one": "1 year",
        "n_months": "{n} months",
        "n_months_one": "1 month",
        "came_first": "By the dates our sources give, {name} ({start}) came before {others}.",
        "came_later": "By the dates our sources give, {name} ({start}) came after {others}.",
        "in_office_longest": "By the dates our sources give, {name} served longer than {other}:",
        "in_office_shortest": "By the dates our sources give, {name} served a shorter time "
        "than {other}:",
        "undated": "no date in our sources",
        "lacks_life": "{title}: our sources do not record when or where this person was born "
        "or died.",
        "lacks_career": "{title}: our sources do not record what this person did before.",
        "no_row_after": "Our sources name no one yet after {title}.",
        "no_row_before": "Our sources do not record who came before {title}.",
        "no_row_unlinked": "Our sources do not record who came after {title}.",
        "lacks_later": "{title}: our sources do not record what this person did after it.",
        "lacks_more": "What they do say about it is behind the button below.",
        "elected_at": "{holder} was chosen at the {meeting}.",
        "no_figure": "I could not find that figure in our sources. What they say on the subject:",
        "no_deed": "Our record of that person does not say that. Perhaps one of these is what you "
        "are after:",
        "no_org": "Our sources do not compare the OIC with {org}. What they do say:",
        "no_person": "Our sources do not say who that was. What they say on the subject:",
        "part_unanswered": "I could not answer {part} from our sources; try asking it on "
                           "its own, naming what it is about.",
        "on_day": "Our sources name {day} in more than one answer. Which one are you after?",
        "unnamed": "I cannot tell what you are referring to: I read each message on its own, "
        "without the ones before. Please name it (for example \"the 5th summit\"). One of these "
        "may help:",
        "no_time": "I cannot tell which time you mean, so I will not guess. One of these may help:",
        "longest": "Longest in office by the dates our sources give: {title}.",
        "shortest": "Shortest in office by the dates our sources give: {title}.",
        "region_among": "Here are all of them, with their countries:",
        "different_held": "Our sources list {k} {meetings}, held in {n} different {places}:",
        "different_from": "Our sources list {k} {meetings}, from {n} different {places}:",
        "places_country": "countries",
        "places_city": "cities",
        "no_most": "Our sources do not count that for each of the {table}, so they cannot say "
        "which had the most.",
        "hosts_in_region": "Of those whose country lies in {region} by the UN's statistical "
        "regions (M49):",
        "members_of": "Our sources list {n} members of {body}: {names}.",
        "sits_on": "Yes: {country} is one of the {n} members our sources list for {body} "
        "({names}).",
        "sits_not": "No: {country} is not among the {n} members our sources list for {body} "
        "({names}).",
        "in_region_among": "{n} in all whose country lies in {region} by the UN's "
        "statistical regions (M49), first to last:",
        "apart_among": "No single one in our sources is all you name. By its number, the first "
        "below; by its place or year, the rest:",
        "fewer_among": "Our sources list only {k} from there, not a {nth} one:",
        "not_always_among": "Not all of them: of the {n} in our sources, only these {k} fit "
        "what you name:",
        "first_apart_among": "The first of all, then the first of the place you name:",
        "first_not_there_among": "No: by the dates our sources give, the first held there was "
        "another, listed first here; the one you name is below it:",
        "latest_not_there_among": "No: by the dates our sources give, the latest held there was "
        "another, listed first here; the one you name is below it:",
        "latest_apart_among": "The latest of all, then the latest of the place you name:",
        "apart_place_among": "No single one in our sources is all you name. By its place, the "
        "first below; by its year, the rest:",
        "in_a_year": "What our history tables record for {year} (meetings held, and offices, "
        "bodies and standings begun; not necessarily all the OIC did that year):",
        "in_a_year_title": "The OIC in {year}",
        "longest_held": "Longest-lasting by the dates our sources give: {title}.",
        "shortest_held": "Shortest by the dates our sources give: {title}.",
        "longest_held_among": "Longest-lasting by the dates our sources give (as long as each "
        "other, or the dates do not tell them apart):",
        "shortest_held_among": "Shortest by the dates our sources give (as short as each other, or "
        "the dates do not tell them apart):",
        "longest_among": "The dates our sources give do not settle who was in office longest; it "
        "is one of these:",
        "shortest_among": "The dates our sources give do not settle who was in office shortest; "
        "it is one of these:",
        "between_years": "between {start} and {end}",
        "as_of": "As of {date} (the newest source's date).",
        "as_of_checked": "As of {date} (the newest source's date; checked {checked}).",
        "sources": "Sources",
        "options_missing": "This looks like an exam item whose statements or options did not "
        "come with it. Send the whole item, options included, and I will check each one against "
        "our sources.",
        "excludes": "This item asks which option does not belong; compare the options with "
        "what our sources list:",
        "related": "See also",
    },
}

MONTHS = {
    "id": (
        "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November "
        "Desember"
    ).split(),
    "en": (
        "January February March April May June July August September October November "
        "December"
    ).split(),
}
