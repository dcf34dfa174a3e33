"""Which prepared material each upload field of the filing system is.

The filing system asks for images (证件照片, 授权书, 临时居住证明); the app prepares them as
materials on the 材料准备 tab. The rules pack does not link the two yet, so this table does:
for each upload field, the checklist entries that can be it, most specific first. The first one
this case's checklist contains is the one to upload.
"""

from __future__ import annotations

from mpreg_desktop.domain.case import Case

_PRINCIPAL_ID = ("personal_id", "filing_subject_principal_id")
_APPLET_PRINCIPAL_ID = ("filing_applet_principal_id", *_PRINCIPAL_ID)
UPLOAD_MATERIALS: dict[str, tuple[str, ...]] = {
    "icp_subject.personal_info.residence_permit": ("filing_residence_permit",),
    "icp_subject.organize_info.certificate_photo": (
        "business_licence",
        "org_code_certificate",
        "institution_certificate",
        "social_org_certificate",
        "private_non_enterprise_certificate",
        "foundation_certificate",
    ),
    "icp_subject.principal_info.certificate_photo_front": _PRINCIPAL_ID,
    "icp_subject.principal_info.certificate_photo_back": _PRINCIPAL_ID,
    "icp_subject.principal_info.authorization_letter": ("filing_authorization_letter",),
    # When the 小程序负责人 is the 主体负责人, their ID is the one already prepared.
    "icp_applets.principal_info.certificate_photo_front": _APPLET_PRINCIPAL_ID,
    "icp_applets.principal_info.certificate_photo_back": _APPLET_PRINCIPAL_ID,
    "icp_applets.principal_info.authorization_letter": ("filing_authorization_letter",),
}


def upload_material(field_id: str, case: Case, needed: set[str]) -> tuple[str | None, bool]:
    """(material id, whether this case needs it) for an upload field; ``needed`` is the checklist.

    The subject's certificate type, once chosen, comes first: its id names the material of the
    same certificate where the rules pack has one (营业执照 → business_licence).
    """
    candidates = list(UPLOAD_MATERIALS.get(field_id, ()))
    if field_id == "icp_subject.organize_info.certificate_photo" and case.filing.certificate_type:
        candidates.insert(0, case.filing.certificate_type)
    for candidate in candidates:
        if candidate in needed:
            return candidate, True
    return (candidates[0] if candidates else None), False
