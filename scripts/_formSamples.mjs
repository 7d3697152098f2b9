// Typical data of every one-stop form kind, shared by the print check (scripts/printForms.mjs) and
// the tests of tthc/forms-html: a birth registration received at a ward's one-stop desk.
// Plain data: wrap it with createFormDocument(ruleSet, kind, data).

const code = "000.00.12.H26-260305-0001";
const applicantName = "Nguyễn Thị Hằng";
const procedureName = "Đăng ký khai sinh kết hợp đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi";

/** Form data by kind. */
export const FORM_DATA = {
  appointmentSlip: {
    dossierCode: code,
    applicantName,
    procedureName,
    timeLimit: { value: 3, unit: "workingDays" },
    receivedAt: "2026-03-05T08:05:00+07:00",
    dueAt: "2026-03-10T17:00:00+07:00",
    resultChannel: "direct",
  },
  supplementRequest: {
    dossierCode: code,
    applicantName,
    procedureName,
    stage: "intake",
    letterRef: "15/PYC-BPMC",
    requestedAt: "2026-03-05T08:20:00+07:00",
    items: [
      { name: "Giấy chứng sinh", reason: "Bản chụp không rõ họ tên người mẹ", componentId: "birth-certificate" },
      {
        name: "Giấy tờ chứng minh nơi cư trú",
        reason: "Chưa nộp",
        legalBasis: "Điều 16 Luật Hộ tịch 2014",
      },
    ],
  },
  intakeRefusalNotice: {
    applicantName,
    procedureName,
    refusedAt: "2026-03-05T09:00:00+07:00",
    reason: "Yêu cầu không thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã",
  },
  apologyLetter: {
    dossierCode: code,
    applicantName,
    procedureName,
    letterRef: "07/XL-UBND",
    receivedAt: "2026-03-05T08:05:00+07:00",
    previousDueAt: "2026-03-10T17:00:00+07:00",
    reason: "Cần xác minh thông tin cư trú với cơ quan công an",
    newDueAt: "2026-03-13T17:00:00+07:00",
    issuedAt: "2026-03-09T10:00:00+07:00",
    lateApology: false,
  },
  stopProcessingNotice: {
    dossierCode: code,
    applicantName,
    procedureName,
    reason: "Người nộp hồ sơ đề nghị dừng giải quyết",
    stoppedAt: "2026-03-06T14:30:00+07:00",
    signer: "Trần Văn Bình",
  },
  processControlSlip: {
    dossierCode: code,
    applicantName,
    dueAt: "2026-03-10T17:00:00+07:00",
    rows: [
      {
        order: 1,
        name: "Tiếp nhận hồ sơ",
        unit: "Bộ phận Một cửa",
        startedAt: "2026-03-05T08:05:00+07:00",
        handedOverAt: "2026-03-05T10:00:00+07:00",
        stepDueAt: "2026-03-05T17:00:00+07:00",
        outcome: "early",
        by: "Lê Thu Trang",
      },
      {
        order: 2,
        name: "Thẩm định hồ sơ",
        unit: "Công chức Tư pháp - Hộ tịch",
        startedAt: "2026-03-05T10:00:00+07:00",
        handedOverAt: "2026-03-09T16:00:00+07:00",
        stepDueAt: "2026-03-09T17:00:00+07:00",
        outcome: "onTime",
        by: "Phạm Quốc Huy",
      },
    ],
  },
  dossierRegister: {
    dossierCode: code,
    procedureName,
    quantity: 1,
    applicantName,
    contact: "Số 12 phố Đội Cấn, phường Ba Đình, Hà Nội; 0912 345 678",
    receivedAt: "2026-03-05T08:05:00+07:00",
    dueAt: "2026-03-10T17:00:00+07:00",
    transferredAt: "2026-03-05T10:00:00+07:00",
    note: "Đang xử lý",
  },
};

/** Rendering options of the samples. */
export const FORM_OPTIONS = {
  parentAgencyName: "Ủy ban nhân dân thành phố Hà Nội",
  agencyName: "Ủy ban nhân dân phường Ba Đình",
  placeName: "Hà Nội",
  agencyAddress:
    "Số 2 phố Trần Phú, phường Ba Đình, Hà Nội · Điện thoại: 024 3823 0000 · Thư điện tử: motcua@badinh.example.vn",
  signerName: "Lê Thu Trang",
  lookupUrl: "https://dichvucong.example.vn/tra-cuu?ma={dossierCode}",
};

/** A supplement request too long for one page: 24 items. */
export const LONG_SUPPLEMENT_ITEMS = Array.from({ length: 24 }, (_, i) => ({
  name: `Giấy tờ số ${i + 1}: bản sao có chứng thực giấy tờ chứng minh quan hệ nhân thân`,
  reason: "Thiếu chữ ký, đóng dấu của cơ quan cấp; đề nghị nộp bản có giá trị pháp lý",
}));

/** A process-control slip with more hand-overs than one landscape page holds: 30 rows. */
export const LONG_CONTROL_ROWS = Array.from({ length: 30 }, (_, i) => ({
  order: i + 1,
  name: i % 2 === 0 ? "Thẩm định, xác minh hồ sơ" : "Trình ký, phê duyệt kết quả",
  unit: "Công chức Tư pháp - Hộ tịch",
  startedAt: "2026-03-05T10:00:00+07:00",
  handedOverAt: "2026-03-06T09:00:00+07:00",
  stepDueAt: "2026-03-06T17:00:00+07:00",
  outcome: "onTime",
  by: "Phạm Quốc Huy",
}));
