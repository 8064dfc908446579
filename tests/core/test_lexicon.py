"""jieba's dictionary, packed (bot/lexicon.py): the same words, frequencies and tags as jieba's own dicts."""

from __future__ import annotations

import pytest

# jieba as bot.lexicon imports it (without pkg_resources, and jieba.posseg without its own read of dict.txt)
from bot.lexicon import DICT_FILE, TAGGER, PackedTokenizer, Tagger, jieba

SENTENCES = [
    "广东的考核站点联系人是谁",
    "准考证什么时候打印？考试费用怎么交",
    "我是广州市技师学院的老师，想问计算机二级考试和WPS证书",
    "林贺老师的电话18620586370，邮箱linhe@zhonghui.vip",
    "Python程序开发1+X证书初级考几个小时",
    "哦不对，是考点申报截止是哪天",
]


@pytest.fixture(scope="module")
def jiebas_own() -> jieba.Tokenizer:
    own = jieba.Tokenizer()
    own.initialize()
    return own


@pytest.fixture(scope="module")
def packed(tmp_path_factory) -> PackedTokenizer:
    tokenizer = PackedTokenizer()
    tokenizer.tmp_dir = str(tmp_path_factory.mktemp("state"))
    tokenizer.initialize()
    return tokenizer


def test_packed_dictionary_holds_what_jieba_holds(packed, jiebas_own):
    """Every word has jieba's frequency (a prefix that is no word counts 0, as in jieba); the total agrees."""
    assert packed.total == jiebas_own.total
    assert len(packed.FREQ) == sum(1 for f in jiebas_own.FREQ.values() if f)
    assert all(packed.FREQ.get(key, 0) == freq for key, freq in jiebas_own.FREQ.items())
    for absent in ("不存在的词语", "准考证号码吗", "", "zz"):
        assert absent not in packed.FREQ and packed.FREQ.get(absent) is None


def test_word_graph_is_jiebas(packed, jiebas_own):
    """get_DAG, read from the trie, is the graph jieba walks its prefix dict for, on every sentence and dict word."""
    for s in [*SENTENCES, "".join(SENTENCES), "一二三四五六七八九十" * 3, "中华人民共和国成立了", "x", ""]:
        assert packed.get_DAG(s) == jiebas_own.get_DAG(s)
    words = list(jiebas_own.FREQ)[::50]
    for i in range(0, len(words), 40):
        s = "".join(words[i : i + 40])
        assert packed.get_DAG(s) == jiebas_own.get_DAG(s)


def test_packed_tags_are_posseg_tags(packed):
    """Each dictionary word keeps the part of speech posseg reads from dict.txt; a prefix has none."""
    tags = {}
    with open(DICT_FILE, encoding="utf-8") as f:
        for line in f:
            word, _, tag = line.strip().split(" ")
            tags[word] = tag
    assert all(packed.tags.get(word, "x") == tag for word, tag in tags.items())
    assert len(packed.tags) == len(tags)
    assert "准考" not in packed.tags and packed.tags.get("准考", "x") == "x"


def test_words_and_tags_are_jiebas(packed, jiebas_own):
    """Segmentation (all modes) and part-of-speech tagging give what jieba's own tokenizer gives."""
    reference_tagger = jieba.posseg.POSTokenizer(jiebas_own)
    tagger = Tagger(packed)
    for s in SENTENCES:
        assert packed.lcut(s) == jiebas_own.lcut(s)
        assert packed.lcut(s, HMM=False) == jiebas_own.lcut(s, HMM=False)
        assert packed.lcut_for_search(s) == jiebas_own.lcut_for_search(s)
        assert [tuple(p) for p in tagger.lcut(s)] == [tuple(p) for p in reference_tagger.lcut(s)]


def test_packed_copy_is_reused_and_a_damaged_one_rebuilt(tmp_path, jiebas_own):
    """The second start reads the packed file; a damaged file is only a slower start, never a failure."""
    first = PackedTokenizer()
    first.tmp_dir = str(tmp_path)
    first.initialize()
    (saved,) = tmp_path.iterdir()
    saved.write_bytes(b'{"stamp": "old"}\n' + b"\0" * 100)
    again = PackedTokenizer()
    again.tmp_dir = str(tmp_path)
    again.lcut("准考证")
    assert again.FREQ.get("准考证") == jiebas_own.FREQ["准考证"]
    assert saved.read_bytes() != b'{"stamp": "old"}\n' + b"\0" * 100


def test_nothing_is_ever_added_to_the_dictionary(packed):
    """The dictionary is read-only: no word of ours can leak into it (and survive a reload)."""
    with pytest.raises(TypeError):
        packed.add_word("考务助手", 100)


def test_posseg_default_tagger_still_tags_as_shipped(jiebas_own):
    """jieba.posseg's own tagger (not read at import any more) shares the packed tags and tags as before."""
    reference = jieba.posseg.POSTokenizer(jiebas_own)
    assert jieba.posseg.dt.word_tag_tab is TAGGER.word_tag_tab
    for s in SENTENCES:
        assert [tuple(p) for p in jieba.posseg.lcut(s)] == [tuple(p) for p in reference.lcut(s)]
