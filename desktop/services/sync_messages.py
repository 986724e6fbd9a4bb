"""Why a package was refused, in words, for the command line (the window words the same codes
through Qt's translations, ui/sync_labels.py). Every refusal changes nothing."""
from __future__ import annotations

REFUSALS = {
    "not_a_package": ("这不是侦监台同步包文件", "this is not a Zhenjian sync package"),
    "damaged": ("同步包文件已损坏或不完整（可能拷贝未完成），请重新导出",
                "the package file is damaged or incomplete (perhaps a copy did not finish): "
                "export it again"),
    "format_newer": ("同步包由更新版本的程序生成，请升级本程序",
                     "the package was made by a newer program: update this one"),
    "unknown_suite": ("同步包使用了本程序不支持的加密算法", "the package uses a cipher suite "
                      "this program does not know"),
    "unknown_sender": ("发送单位未登记或其密钥未登记，请先导入对方的公钥文件",
                       "the sender (or its key) is not registered here: register its public "
                       "key file first"),
    "wrong_recipient": ("该同步包不是发给本单位的", "the package is addressed to another office"),
    "forged": ("签名验证失败：同步包被篡改或伪造，已拒绝", "the signature does not verify: the "
               "package was altered or forged; refused"),
    "undecryptable": ("无法解密：该同步包不是用本单位的密钥加密的",
                      "cannot decrypt: the package was not encrypted for this office's key"),
    "too_large": ("同步包内容超出允许大小，已拒绝", "the package content is larger than allowed; "
                  "refused"),
    "schema_newer": ("发送方程序版本较新（数据结构 {schema}），请升级本程序后再导入",
                     "the sender's program is newer (schema {schema}): update this program, "
                     "then import again"),
    "sequence_reused": ("序号 {seq} 再次出现但内容不同（同步包被篡改，或该单位恢复了旧备份），"
                        "已拒绝并发出警报",
                        "sequence number {seq} came again with other contents (an altered "
                        "package, or the unit restored an old backup); refused and an alarm "
                        "raised"),
    "wrong_direction": ("同步包方向不对（例如把回执导入了上级院）", "the package goes the wrong "
                        "way (e.g. an acknowledgement imported at the upper office)"),
    "not_owner": ("同步包含有不属于发送单位的记录，已拒绝", "the package carries records the "
                  "sender does not own; refused"),
    "foreign_table": ("同步包含有不应同步的数据，已拒绝", "the package carries data that is "
                      "never synced; refused"),
}


def refusal_text(exc, *, lang: str = "zh_CN") -> str:
    """Both languages on the command line when `lang` is "en" (the officer may read either);
    Chinese alone otherwise."""
    code = getattr(exc, "code", "")
    params = dict(getattr(exc, "params", {}) or {})
    zh, en = REFUSALS.get(code, ("同步包被拒绝：{code}", "package refused: {code}"))
    params.setdefault("code", code)
    try:
        zh, en = zh.format(**params), en.format(**params)
    except (KeyError, IndexError):
        pass
    return f"{zh} / {en}" if lang == "en" else zh
