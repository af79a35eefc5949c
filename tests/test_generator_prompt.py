"""Prompt limits measured with the checkpoint's real tokenizers: counts, and the exact text that would be cut."""

from __future__ import annotations

import pytest

from generator import Generator

pytestmark = pytest.mark.usefixtures("single_torch_thread")  # see tests/conftest.py


@pytest.fixture(scope="module")
def generator(tiny_pipeline_dir) -> Generator:
    return Generator.load(str(tiny_pipeline_dir))


def test_a_short_prompt_fits_both_encoders(generator):
    report = generator.check_prompt("a big red circle")
    assert report.fits and report.clip.cut_text == "" and report.t5.cut_text == ""
    assert report.clip.tokens == 4 + 2  # four words plus [CLS] [SEP]
    assert report.clip.limit == 77 and report.t5.limit == 256
    assert "fits" in report.summary()


def test_counts_agree_with_what_the_pipeline_feeds_the_encoders(generator):
    prompt = "灰色背景上，左上角有一个大的红色圆形"
    report = generator.check_prompt(prompt)
    pipe = generator.pipeline
    assert report.clip.tokens == int(pipe.tokenizer(prompt, padding="max_length", max_length=77,
                                                    return_tensors="pt").attention_mask.sum())
    assert report.t5.tokens == int(pipe.tokenizer_2(prompt, padding="max_length", max_length=256,
                                                    return_tensors="pt").attention_mask.sum())


def test_chinese_over_77_tokens_reports_the_exact_tail_that_clip_drops(generator):
    sentence = "左上角有一个大的红色圆形，"  # 13 characters, one BERT token each
    prompt = sentence * 7  # 91 characters
    report = generator.check_prompt(prompt)
    assert not report.fits and report.clip.tokens == 91 + 2
    assert report.clip.cut_text == prompt[75:]  # 75 content tokens fit between [CLS] and [SEP]
    assert report.t5.fits
    assert "CLIP reads 77 of 93 tokens" in report.summary() and prompt[75:] in report.summary()


def test_the_kept_part_is_exactly_what_fits(generator):
    prompt = " ".join(["a big red circle at the top left on a gray background"] * 30)
    report = generator.check_prompt(prompt)
    assert not report.clip.fits and not report.t5.fits
    for count, tokenizer in ((report.clip, generator.pipeline.tokenizer), (report.t5, generator.pipeline.tokenizer_2)):
        assert prompt.endswith(count.cut_text)
        kept = prompt[: len(prompt) - len(count.cut_text)]
        assert len(tokenizer(kept).input_ids) == count.limit  # the kept text fills the limit exactly


def test_prompt_checks_from_other_threads_while_rendering_agree(generator):
    """The enhancer checks prompts on its own thread while a render encodes with the same tokenizers."""
    import threading

    from generator import RenderRequest

    prompts = [" ".join(["a big red circle at the top left"] * n) for n in (1, 12, 40)]
    expected = [generator.check_prompt(p) for p in prompts]
    seen, errors = [], []

    def check_many():
        try:
            for _ in range(30):
                seen.append([generator.check_prompt(p) for p in prompts])
        except Exception as error:  # noqa: BLE001 - any failure here is what the test looks for
            errors.append(error)

    checkers = [threading.Thread(target=check_many) for _ in range(3)]
    for thread in checkers:
        thread.start()
    for index in range(3):
        generator.render(RenderRequest(prompts[index % 3] + f" {index}", steps=1, seed=index))
    for thread in checkers:
        thread.join()
    assert errors == [] and len(seen) == 90 and all(reports == expected for reports in seen)
