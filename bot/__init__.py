"""考务助手: the core. Pure Python; nothing here imports nonebot (see plugins/ for the chat side)."""

import os

# pypinyin reads these at import. Its phrase tables (~50 MB, 0.15 s) only change how a polyphonic character is read
# inside a dictionary word; our pinyin is of single characters (homophone typos, names typed in Latin letters), and
# the few whole words read as one sound compare with words read the same way. See bot/lexicon.py for jieba.
os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")
