"""The factors of a custody-necessity review (羁押必要性审查) as checklists, DOMAIN.md §2.

* RPR 579 [V]: four situations in which the procuratorate **must** recommend release or a
  change of measure;
* RPR 580 [V]: thirteen situations in which it **may** recommend, provided the person shows
  remorse and would pose no social danger if not held;
* 2023 SPP–MPS rules: eight special situations that call for an **immediate** review [S], and
  ten categories of serious cases in which custody is generally **not** changed — informational
  only; the news release names only the first three [S], the rest are our reading [M] and must
  be checked against the official text (DOMAIN.md open question 5).

Labels are short renderings in our own words; the article says where the full text is.
Codes are stored in the database: never rename them.
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Factor", "MUST_RECOMMEND", "MAY_RECOMMEND", "IMMEDIATE_REVIEW",
           "GENERALLY_NOT_RELEASED", "ALL_FACTORS", "FACTORS_BY_CODE", "GROUPS",
           "factor", "assess_factors", "FactorAssessment"]


@dataclass(frozen=True)
class Factor:
    code: str
    group: str  # "must" | "may" | "immediate" | "not_released"
    label_zh: str
    label_en: str
    article: str  # where the rule is: "RPR 579(1)", "2023 rules(1)"
    confidence: str = "V"  # DOMAIN.md marks: V, S, M

    @property
    def article_zh(self) -> str:
        """The same reference in Chinese: 《规则》第579条第(1)项, 2023年规定第(1)项."""
        base, _, item = self.article.partition("(")
        item = f"第({item.rstrip(')')})项" if item else ""
        if base.startswith("RPR "):
            return f"《规则》第{base[4:]}条{item}"
        return f"2023年规定{item}"


def _f(group, article_base, confidence, rows):
    return tuple(Factor(code, group, zh, en, f"{article_base}({i})", confidence)
                 for i, (code, zh, en) in enumerate(rows, start=1))


MUST_RECOMMEND = _f("must", "RPR 579", "V", (
    ("must_evidence_collapsed", "证据发生重大变化，没有证据证明有犯罪事实或者系其所为",
     "Evidence changed materially: no proof of a crime or that the person committed it"),
    ("must_noncustodial_sentence", "事实、情节变化，可能判处拘役、管制、独立适用附加刑、免予刑事处罚或者无罪",
     "Facts changed: likely non-custodial punishment, exemption or acquittal"),
    ("must_exceeds_sentence", "继续羁押，羁押期限将超过依法可能判处的刑期",
     "Further custody would exceed the sentence likely to be imposed"),
    ("must_bail_conditions_met", "案件事实基本查清，证据已收集固定，符合取保候审或者监视居住条件",
     "Facts essentially established, evidence secured, bail or residential surveillance "
     "conditions met"),
))

MAY_RECOMMEND = _f("may", "RPR 580", "V", (
    ("may_preparation_abandonment", "预备犯或者中止犯", "Preparation or abandonment of the crime"),
    ("may_accessory", "共同犯罪中的从犯或者胁从犯", "Accessory or coerced accomplice"),
    ("may_negligence", "过失犯罪", "Crime of negligence"),
    ("may_excessive_defence", "防卫过当或者避险过当", "Excessive defence or excessive necessity"),
    ("may_first_offender", "主观恶性较小的初犯", "First offender of little malice"),
    ("may_juvenile_or_elderly", "系未成年人或者已满七十五周岁的人", "Juvenile, or aged 75 or over"),
    ("may_reconciliation", "与被害方依法自愿达成和解协议，且已履行或者提供担保",
     "Reconciliation agreement with the victim, performed or secured"),
    ("may_plea_leniency", "认罪认罚", "Pleads guilty and accepts punishment (认罪认罚)"),
    ("may_serious_illness", "患有严重疾病、生活不能自理", "Serious illness, cannot look after self"),
    ("may_pregnant_nursing", "怀孕或者正在哺乳自己婴儿的妇女", "Pregnant or nursing her own baby"),
    ("may_sole_carer", "系生活不能自理的人的唯一扶养人",
     "Sole carer of a person who cannot look after themselves"),
    ("may_short_sentence", "可能被判处一年以下有期徒刑或者宣告缓刑",
     "Likely sentence of one year or less, or probation"),
    ("may_other", "其他不需要继续羁押的情形", "Other reasons why custody is no longer needed"),
))

IMMEDIATE_REVIEW = _f("immediate", "2023 rules", "S", (
    ("now_illness", "患有严重疾病、生活不能自理等不适宜继续羁押",
     "Serious illness or cannot look after self: unfit for custody"),
    ("now_pregnant_nursing", "怀孕或者正在哺乳自己婴儿的妇女", "Pregnant or nursing her own baby"),
    ("now_sole_carer_minor", "系未成年人的唯一抚养人", "Sole carer of a minor"),
    ("now_sole_carer_dependant", "系生活不能自理的人的唯一扶养人",
     "Sole carer of a person who cannot look after themselves"),
    ("now_exceeds_sentence", "继续羁押将超过依法可能判处的刑期",
     "Further custody would exceed the likely sentence"),
    ("now_facts_changed", "事实、情节或者法律变化，可能判处非监禁刑、免刑或者无罪",
     "Facts or law changed: likely non-custodial outcome or acquittal"),
    ("now_evidence_changed", "证据发生重大变化，可能没有证据证明犯罪",
     "Evidence changed materially: the crime may be unprovable"),
    ("now_other_improper", "其他羁押不当、应当撤销或者变更的情形",
     "Other custody that is improper and should end or change"),
))

_NOT_RELEASED = (
    ("nr_state_security", "涉嫌危害国家安全、恐怖活动、黑社会性质组织等严重危害社会的犯罪",
     "State security, terrorism, organised crime and other grave crimes", "S"),
    ("nr_serious_violence", "涉嫌故意杀人等严重暴力犯罪", "Homicide and other serious violence", "S"),
    ("nr_sexual_minor", "涉嫌性侵未成年人犯罪", "Sexual crimes against minors", "S"),
    ("nr_principal_organised", "共同犯罪或者有组织犯罪中起主要作用",
     "Principal role in joint or organised crime", "M"),
    ("nr_recidivist", "累犯或者多次犯罪", "Recidivist or repeated offences", "M"),
    ("nr_new_crime_risk", "有证据表明可能实施新的犯罪", "Evidence of a risk of new crimes", "M"),
    ("nr_witness_risk", "可能毁灭、伪造证据，干扰证人作证或者串供",
     "Risk of destroying evidence, interfering with witnesses or collusion", "M"),
    ("nr_revenge_risk", "可能对被害人、举报人、控告人实施打击报复",
     "Risk of revenge on the victim, informant or complainant", "M"),
    ("nr_flight_risk", "曾经或者企图逃跑、自杀", "Past or attempted flight or suicide", "M"),
    ("nr_victim_unsettled", "未退赃退赔、被害方强烈反对，可能引发社会矛盾",
     "No restitution and strong objection by the victim, risk of unrest", "M"),
)
GENERALLY_NOT_RELEASED = tuple(
    # no item numbers: the official list and its order are not verified (DOMAIN.md §2)
    Factor(code, "not_released", zh, en, "2023 rules", conf)
    for code, zh, en, conf in _NOT_RELEASED)

GROUPS = ("must", "may", "immediate", "not_released")
ALL_FACTORS = MUST_RECOMMEND + MAY_RECOMMEND + IMMEDIATE_REVIEW + GENERALLY_NOT_RELEASED
FACTORS_BY_CODE = {f.code: f for f in ALL_FACTORS}


def factor(code: str) -> Factor:
    try:
        return FACTORS_BY_CODE[code]
    except KeyError:
        raise ValueError(f"unknown custody-review factor {code!r}") from None


@dataclass(frozen=True)
class FactorAssessment:
    must: tuple[str, ...]  # RPR 579 situations found: a recommendation is required
    may: tuple[str, ...]  # RPR 580 situations found
    immediate: tuple[str, ...]
    not_released: tuple[str, ...]

    @property
    def recommendation_required(self) -> bool:
        """RPR 579: any one situation obliges the procuratorate to recommend."""
        return bool(self.must)

    @property
    def recommendation_possible(self) -> bool:
        """RPR 580 situations allow it (remorse and no danger are for the officer to judge)."""
        return bool(self.must or self.may)


def assess_factors(codes) -> FactorAssessment:
    """Sort the ticked factor codes by group; unknown codes raise ValueError."""
    found = {g: [] for g in GROUPS}
    for code in dict.fromkeys(codes):
        found[factor(code).group].append(code)
    return FactorAssessment(*(tuple(found[g]) for g in GROUPS))
