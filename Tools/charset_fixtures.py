#!/usr/bin/env python3
"""Writes the legacy-charset files the decoding tests read (Tests/WinnowFormatsTests/
Fixtures/charsets): the same made-up comments in the charsets sites and spreadsheets still
use, each beside its UTF-8 original (`NAME.utf8`), which the tests expect it to read as.

usage: Tools/charset_fixtures.py [OUT_DIR]"""
import os, sys

out = sys.argv[1] if len(sys.argv) > 1 else "Tests/WinnowFormatsTests/Fixtures/charsets"
os.makedirs(out, exist_ok=True)
files = {
    # Excel in Japan saves CSV as Shift_JIS (cp932).
    "ja-excel.csv": ("cp932", "id,author,text\n1,山田,毎日通勤する人には10%は大きいです。運賃の値上げは困ります。\n"
                              "2,佐藤,これを擁護するのは馬鹿だけだ。黙ってバスに乗れ。\n3,鈴木,夜の便は自転車を載せられますか？\n"),
    "ru-forum.csv": ("cp1251", "id,author,text\n1,Иван,\"Десять процентов это много для тех, кто ездит каждый день. Цены растут.\"\n"
                               "2,Пётр,\"Только идиот будет это защищать. Заткнись и езжай на автобусе, как все.\"\n"
                               "3,Анна,\"Можно ли будет брать велосипед на ночной паром? Это важно для нас.\"\n"),
    "ko-board.txt": ("euc-kr", "여객선 요금 5월부터 10% 인상\n\n항만 여객선은 5월 1일부터 요금을 10% 인상한다고 교통위원회가 월요일 발표했다.\n"
                               "연료비 상승이 이유라고 한다. 매일 출퇴근하는 사람들에게는 큰 부담이다.\n"),
    # A page that names its charset in a <meta> and is too short to detect it by.
    "ja-paper.html": ("euc-jp", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=EUC-JP\">"
                                "<title>運賃</title></head><body><p>値上げ。</p></body></html>\n"),
    # Western European text stays Windows-1252, as spreadsheets on Windows save it.
    "fr-excel.csv": ("cp1252", "id,author,text\n1,Zoé,\"Dix pour cent, c'est beaucoup pour ceux qui prennent le traversier chaque jour. Ça coûte cher.\"\n"),
}
for name, (charset, text) in files.items():
    with open(os.path.join(out, name), "wb") as f: f.write(text.encode(charset))
    with open(os.path.join(out, name + ".utf8"), "w", encoding="utf-8") as f: f.write(text)
