// Vietnamese first, English as a switch; dates as people write them in Vietnam (dd/MM/yyyy),
// in Vietnam's time whatever the device's zone.

const TEXT = {
  appName: ['KinBridge – Bảo vệ trẻ em', 'KinBridge – Child protection'],
  skip: ['Chuyển đến nội dung chính', 'Skip to main content'],
  switchTo: ['English', 'Tiếng Việt'],
  logIn: ['Đăng nhập', 'Log in'],
  logOut: ['Đăng xuất', 'Log out'],
  loading: ['Đang tải…', 'Loading…'],
  saving: ['Đang lưu…', 'Saving…'],
  saved: ['Đã lưu.', 'Saved.'],
  welcomeTitle: ['Đăng nhập để làm việc', 'Log in to work'],
  welcomeText: ['KinBridge giúp cán bộ, cộng tác viên và lãnh đạo xã tiếp nhận, đánh giá và tìm nơi chăm sóc thay thế cho trẻ em.',
    'KinBridge helps commune staff, collaborators and chairs take in reports, assess children and find alternative care.'],
  whoAmI: ['Tài khoản của tôi', 'My account'],
  name: ['Họ và tên', 'Name'],
  userId: ['Tên đăng nhập', 'User id'],
  role: ['Vai trò', 'Role'],
  province: ['Tỉnh, thành phố', 'Province'],
  commune: ['Xã, phường', 'Commune'],
  nav: ['Chức năng', 'Menu'],
  home: ['Trang đầu', 'Home'],
  newReport: ['Báo tin mới', 'New report'],
  myReports: ['Báo tin của tôi', 'My reports'],
  caseload: ['Hồ sơ cần xử lý', 'Caseload'],
  placements: ['Chăm sóc thay thế', 'Placements'],
  audit: ['Kiểm toán', 'Audit'],
  caregivers: ['Người nhận chăm sóc', 'Caregivers'],
  required: ['bắt buộc', 'required'],
  optional: ['không bắt buộc', 'optional'],
  dateHint: ['Ngày/tháng/năm, ví dụ 02/03/2016', 'Day/month/year, e.g. 02/03/2016'],
  timeHint: ['Giờ:phút, ví dụ 08:30', 'Hour:minute, e.g. 08:30'],
  badDate: ['Ngày không hợp lệ: viết theo dạng ngày/tháng/năm.', 'Not a valid date: write day/month/year.'],
  badTime: ['Giờ không hợp lệ: viết theo dạng giờ:phút.', 'Not a valid time: write hour:minute.'],
  errorsTitle: ['Chưa lưu được. Vui lòng sửa:', 'Not saved. Please correct:'],
  // Reports (Form 01)
  reportTitle: ['Báo tin về trẻ em (Mẫu 01)', 'Report about a child (Form 01)'],
  reportDone: ['Đã gửi báo tin. Số hồ sơ:', 'Report sent. Case number:'],
  channel: ['Nguồn tin', 'Channel'],
  receivedOn: ['Ngày nhận tin', 'Day received'],
  receivedAt: ['Giờ nhận tin', 'Time received'],
  reporterAnonymous: ['Người báo tin không muốn nêu tên', 'The reporter wants to stay anonymous'],
  reporterName: ['Tên người báo tin', "Reporter's name"],
  reporterPhone: ['Số điện thoại người báo tin', "Reporter's phone"],
  summary: ['Nội dung sự việc', 'What happened'],
  child: ['Trẻ em', 'Child'],
  childName: ['Họ và tên trẻ', "Child's full name"],
  sex: ['Giới tính', 'Sex'],
  dateOfBirth: ['Ngày sinh', 'Date of birth'],
  estimatedAge: ['Tuổi ước tính (nếu không rõ ngày sinh)', 'Estimated age (if the birth date is unknown)'],
  concerns: ['Vấn đề', 'Concerns'],
  send: ['Gửi báo tin', 'Send report'],
  noReports: ['Chưa có báo tin nào.', 'No reports yet.'],
  // Cases
  caseNumber: ['Số hồ sơ', 'Case number'],
  status: ['Trạng thái', 'Status'],
  children: ['Trẻ em', 'Children'],
  deadlines: ['Thời hạn', 'Time limits'],
  overdue: ['Quá hạn', 'Overdue'],
  dueIn: ['Còn', 'Due in'],
  met: ['Đã đáp ứng', 'Met'],
  hours: ['giờ', 'hours'],
  days: ['ngày', 'days'],
  noCases: ['Không có hồ sơ nào.', 'No cases.'],
  open: ['Mở', 'Open'],
  timeline: ['Diễn biến hồ sơ', 'Timeline'],
  reportReceived: ['Tiếp nhận báo tin', 'Report received'],
  initialAssessment: ['Đánh giá nguy cơ ban đầu (Mẫu 02)', 'Initial risk assessment (Form 02)'],
  riskLevel: ['Mức độ nguy cơ', 'Risk level'],
  seriousHarm: ['Trẻ bị tổn hại nghiêm trọng (phải can thiệp trong 12 giờ)', 'Serious harm (intervention within 12 hours)'],
  findings: ['Nhận định', 'Findings'],
  record: ['Ghi nhận', 'Record'],
  acNeed: ['Nhu cầu chăm sóc thay thế', 'Need for alternative care'],
  acNeedNew: ['Xác định trẻ cần chăm sóc thay thế', 'Record that a child needs alternative care'],
  category: ['Trường hợp (Điều 62 Luật Trẻ em)', 'Category (Law on Children Art. 62)'],
  reason: ['Lý do', 'Reason'],
  legalBasis: ['Căn cứ pháp lý', 'Legal basis'],
  careTypesSought: ['Hình thức chăm sóc cần tìm', 'Care types sought'],
  checklist: ['Danh mục hồ sơ và điều kiện', 'Checklist'],
  unmet: ['Còn thiếu', 'Still missing'],
  allMet: ['Đã đủ điều kiện để xác nhận.', 'Everything is met for confirmation.'],
  evidenceRef: ['Số, ký hiệu giấy tờ', 'Document reference'],
  takenOn: ['Ngày chụp ảnh', 'Day the photos were taken'],
  consent: ['Ý kiến đồng ý của cha mẹ, người giám hộ', 'Consent of a parent or guardian'],
  basis: ['Căn cứ', 'Basis'],
  givenBy: ['Người đồng ý', 'Given by'],
  givenByRelation: ['Quan hệ với trẻ', 'Relation to the child'],
  documentRef: ['Số văn bản', 'Document number'],
  legalGround: ['Căn cứ pháp lý của ngoại lệ', 'Legal ground of the exception'],
  childOpinion: ['Ý kiến của trẻ (từ đủ 7 tuổi)', "The child's opinion (from age 7)"],
  obtainedOn: ['Ngày lấy ý kiến', 'Day heard'],
  opinionSummary: ['Ý kiến của trẻ', 'What the child said'],
  agrees: ['Trẻ đồng ý', 'The child agrees'],
  confirmNeed: ['Xác nhận đủ điều kiện', 'Confirm eligibility'],
  note: ['Ghi chú', 'Note'],
  recorded: ['Đã ghi nhận', 'Recorded'],
  findCarers: ['Tìm người nhận chăm sóc', 'Find caregivers'],
  arrangement: ['Chăm sóc hiện tại', 'Current care'],
  placement: ['Việc giao, nhận trẻ', 'Placement'],
  plan: ['Kế hoạch hỗ trợ, can thiệp', 'Support and intervention plan'],
  approvePlan: ['Phê duyệt kế hoạch', 'Approve the plan'],
  returnPlan: ['Trả lại kế hoạch', 'Return the plan'],
  goals: ['Mục tiêu', 'Goals'],
  onePerLine: ['Mỗi dòng một mục tiêu', 'One goal per line'],
  specificAssessment: ['Đánh giá nguy cơ cụ thể và họp trường hợp', 'Specific risk assessment and case meeting'],
  caseMeeting: ['Cuộc họp trường hợp', 'Case meeting'],
  heldOn: ['Ngày họp', 'Day held'],
  participantName: ['Người tham dự', 'Participant'],
  participantCapacity: ['Chức vụ, cơ quan', 'Position or office'],
  conclusions: ['Kết luận', 'Conclusions'],
  draftPlan: ['Lập kế hoạch (Mẫu 04)', 'Draft the plan (Form 04)'],
  changeDraft: ['Sửa dự thảo kế hoạch', 'Change the draft'],
  saveDraft: ['Lưu dự thảo', 'Save the draft'],
  startsOn: ['Từ ngày', 'Starts on'],
  endsOn: ['Đến ngày', 'Ends on'],
  action: ['Hoạt động hỗ trợ, can thiệp', 'Support or intervention action'],
  actionDescription: ['Nội dung hoạt động', 'What is done'],
  responsibleService: ['Cơ quan, người thực hiện', 'Responsible service'],
  dueBy: ['Hạn hoàn thành', 'Due by'],
  submitPlan: ['Trình Chủ tịch UBND xã phê duyệt', 'Submit to the commune chair'],
  submitPlanHint: ['Sau khi trình, kế hoạch không sửa được cho đến khi Chủ tịch phê duyệt hoặc trả lại.',
    'Once submitted, the plan cannot change until the chair approves or returns it.'],
  planVersion: ['Phiên bản', 'Version'],
  period: ['Thời gian thực hiện', 'Period'],
  draftedBy: ['Người lập', 'Drafted by'],
  submittedBy: ['Người trình', 'Submitted by'],
  decidedBy: ['Người quyết định', 'Decided by'],
  // Referrals (chuyển gửi)
  referrals: ['Chuyển gửi', 'Referrals'],
  noReferrals: ['Chưa có chuyển gửi nào.', 'No referrals yet.'],
  newReferral: ['Chuyển gửi mới', 'New referral'],
  sendReferral: ['Gửi chuyển gửi', 'Send the referral'],
  referralTargetType: ['Chuyển đến', 'Refer to'],
  referralTargetName: ['Tên cơ quan, đơn vị nhận', 'Name of the receiving service or office'],
  provinceCode: ['Mã tỉnh (2 số)', 'Province code (2 digits)'],
  communeCode: ['Mã xã (5 số)', 'Commune code (5 digits)'],
  purpose: ['Mục đích, lý do chuyển gửi', 'Purpose and reason'],
  sharedItems: ['Thông tin được chia sẻ', 'What is shared'],
  sharedItemsHint: ['Chỉ chọn những thông tin nơi nhận cần. Thông tin người báo tin không bao giờ được chia sẻ.',
    'Choose only what the receiver needs. The reporter is never shared.'],
  consentGate: ['Sự đồng ý', 'Consent'],
  withConsent: ['Có sự đồng ý của cha mẹ hoặc người giám hộ', 'With the consent of a parent or guardian'],
  withOverride: ['Không có sự đồng ý – theo căn cứ pháp lý', 'Without consent – on a legal ground'],
  consentName: ['Họ và tên người đồng ý', 'Name of the person who consented'],
  consentFormLabel: ['Hình thức đồng ý', 'Form of consent'],
  override: ['Chuyển gửi không cần sự đồng ý', 'Referral without consent'],
  overrideReason: ['Vì sao căn cứ này áp dụng cho trẻ', 'Why the ground applies to this child'],
  authorisedBy: ['Người quyết định (họ tên, chức vụ)', 'Decided by (name, position)'],
  childOpinionHint: ['Trẻ từ đủ 7 tuổi phải được lấy ý kiến. Để trống nếu không lấy ý kiến trẻ này.',
    "A child of 7 or older must be heard. Leave empty for a child not heard."],
  agreesShort: ['đồng ý', 'agrees'],
  disagreesShort: ['không đồng ý', 'disagrees'],
  sentBy: ['Người gửi', 'Sent by'],
  answerBy: ['Hạn trả lời', 'Answer due by'],
  answers: ['Trả lời', 'Answers'],
  // Matching
  shortlistTitle: ['Danh sách gợi ý người nhận chăm sóc', 'Shortlist of caregivers'],
  waitingChild: ['Trẻ đang chờ', 'Waiting child'],
  notYetWaiting: ['Dịch vụ ghép nối chưa nhận được nhu cầu này. Vui lòng thử lại sau ít giây.', 'The matching service has not received this need yet. Try again in a few seconds.'],
  makeShortlist: ['Lập danh sách gợi ý', 'Make a shortlist'],
  rank: ['Thứ hạng', 'Rank'],
  listed: ['Được gợi ý', 'Listed'],
  considered: ['đã xét', 'considered'],
  waiting: ['Đang chờ', 'Waiting'],
  score: ['Điểm', 'Score'],
  why: ['Vì sao', 'Why'],
  propose: ['Đề xuất người này', 'Propose this caregiver'],
  careType: ['Hình thức chăm sóc', 'Care type'],
  proposalReason: ['Lý do đề xuất', 'Reason for the proposal'],
  noCandidates: ['Không có người nào đáp ứng đủ các điều kiện bắt buộc.', 'No caregiver meets every hard rule.'],
  excluded: ['Bị loại theo điều kiện', 'Excluded by rule'],
  caregiver: ['Người nhận chăm sóc', 'Caregiver'],
  steps: ['Các bước', 'Steps'],
  caregiverConsent: ['Người nhận chăm sóc đồng ý', "Caregiver's consent"],
  consentedOn: ['Ngày đồng ý', 'Day of consent'],
  consultedOn: ['Ngày lấy ý kiến', 'Day heard'],
  opinion: ['Ý kiến của trẻ', "Child's opinion"],
  decide: ['Quyết định giao, nhận trẻ', 'Decide the placement'],
  decisionNumber: ['Số quyết định', 'Decision number'],
  reject: ['Không chấp thuận đề xuất', 'Reject the proposal'],
  handover: ['Bàn giao trẻ', 'Handover'],
  handedOverOn: ['Ngày bàn giao', 'Day of handover'],
  noPlacements: ['Chưa có việc giao, nhận nào.', 'No placements yet.'],
  toDecide: ['Chờ quyết định', 'Awaiting decision'],
  // Caregivers
  registerCaregiver: ['Đăng ký nhận chăm sóc thay thế (Mẫu 08)', 'Register a caregiver (Form 08)'],
  register: ['Đăng ký', 'Register'],
  address: ['Địa chỉ', 'Address'],
  phone: ['Số điện thoại', 'Phone'],
  capacity: ['Số trẻ có thể nhận', 'Places'],
  ethnicity: ['Dân tộc (mã, ví dụ KINH)', 'Ethnicity (code, e.g. KINH)'],
  religion: ['Tôn giáo (mã, ví dụ NONE, HOA_HAO)', 'Religion (code, e.g. NONE, HOA_HAO)'],
  vetting: ['Xác minh điều kiện (Điều 63 khoản 2)', 'Vetting (Art. 63(2))'],
  outcome: ['Kết quả', 'Outcome'],
  passed: ['Đạt', 'Passed'],
  failed: ['Không đạt', 'Failed'],
  issuedOn: ['Ngày cấp', 'Issued on'],
  expiresOn: ['Hết hiệu lực', 'Expires on'],
  eligible: ['Đủ điều kiện', 'Eligible'],
  ineligible: ['Không đủ điều kiện', 'Ineligible'],
  // Audit
  auditTitle: ['Lịch sử và kiểm chứng hồ sơ', "A case's history and verification"],
  caseId: ['Mã hồ sơ', 'Case id'],
  show: ['Xem', 'Show'],
  auditHistory: ['Lịch sử quyết định (nhật ký kiểm toán)', 'Decision history (audit log)'],
  verification: ['Kết quả kiểm chứng', 'Verification'],
  verified: ['Toàn vẹn: mọi sự kiện đều có trong nhật ký đã ký.', 'Intact: every event is in the signed log.'],
  notVerified: ['KHÔNG toàn vẹn: có sự kiện không khớp với nhật ký đã ký.', 'NOT intact: some events do not match the signed log.'],
  auditUnavailable: ['Dịch vụ kiểm toán chưa sẵn sàng hoặc chưa có dữ liệu cho hồ sơ này. Bên dưới là lịch sử do hồ sơ tự ghi.',
    "The audit service is not available, or has nothing for this case yet. Below is the case's own history."],
  caseHistory: ['Lịch sử trong hồ sơ', "The case's own history"],
  actor: ['Người thực hiện', 'By'],
  time: ['Thời điểm', 'When'],
  event: ['Sự kiện', 'Event'],
  checkpoint: ['Điểm kiểm chứng', 'Checkpoint'],
  included: ['có trong nhật ký', 'in the log'],
  notIncluded: ['KHÔNG có trong nhật ký', 'NOT in the log'],
  decision: ['Quyết định', 'Decision'],
  service: ['Dịch vụ', 'Service'],
  inCheckpoint: ['Có trong điểm kiểm chứng đã ký', 'In the signed checkpoint'],
  notInCheckpoint: ['CHƯA có trong điểm kiểm chứng đã ký', 'NOT in the signed checkpoint'],
  notADecision: ['Không phải quyết định', 'Not a decision'],
  inclusionUnknown: ['Chưa kiểm chứng được', 'Not verified yet'],
  handoverDueOn: ['Hạn bàn giao', 'Handover due on'],
  // Problems
  forbidden: ['Bạn không có quyền thực hiện việc này.', 'You are not allowed to do this.'],
  notFound: ['Không tìm thấy (hoặc không thuộc phạm vi của bạn).', 'Not found (or not within your area).'],
  conflict: ['Không thực hiện được ở bước hiện tại:', 'Not possible at the current step:'],
  unavailable: ['Dịch vụ tạm thời không phản hồi. Vui lòng thử lại sau.', 'The service does not answer for now. Try again later.'],
  sessionEnded: ['Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.', 'Your session has ended. Please log in again.'],
  yes: ['Có', 'Yes'],
  no: ['Không', 'No'],
};

const CODES = {
  role: {
    COLLABORATOR: ['Cộng tác viên', 'Collaborator'],
    COMMUNE_OFFICER: ['Cán bộ bảo vệ trẻ em cấp xã', 'Commune child-protection officer'],
    COMMUNE_CHAIR: ['Chủ tịch UBND xã', 'Commune chair'],
    PROVINCE_OFFICER: ['Cán bộ cấp tỉnh', 'Province officer'],
    AUDITOR: ['Kiểm toán viên', 'Auditor'],
    ANALYST: ['Phân tích số liệu', 'Analyst'],
    PLATFORM_ADMIN: ['Quản trị hệ thống', 'Platform administrator'],
  },
  province: { 91: ['An Giang', 'An Giang'], 79: ['TP. Hồ Chí Minh', 'Ho Chi Minh City'] },
  commune: { 30406: ['xã Phú Tân', 'Phú Tân commune'], 26740: ['phường Sài Gòn', 'Sài Gòn ward'] },
  channel: {
    HOTLINE_111: ['Tổng đài 111', 'Hotline 111'], POLICE: ['Công an', 'Police'], SCHOOL: ['Nhà trường', 'School'],
    COMMUNE_OFFICE: ['UBND xã', 'Commune office'], FACILITY: ['Cơ sở trợ giúp xã hội', 'Facility'],
    COLLABORATOR_SURVEY: ['Cộng tác viên phát hiện', 'Collaborator'], CHILD_OR_FAMILY: ['Trẻ em hoặc gia đình', 'Child or family'],
    NEIGHBOUR: ['Hàng xóm', 'Neighbour'], OTHER: ['Khác', 'Other'],
  },
  sex: { FEMALE: ['Nữ', 'Female'], MALE: ['Nam', 'Male'], UNKNOWN: ['Chưa rõ', 'Unknown'] },
  concern: {
    VIOLENCE: ['Bạo lực', 'Violence'], SEXUAL_ABUSE: ['Xâm hại tình dục', 'Sexual abuse'],
    EXPLOITATION: ['Bóc lột', 'Exploitation'], NEGLECT_OR_ABANDONMENT: ['Bỏ rơi, bỏ mặc', 'Neglect or abandonment'],
    TRAFFICKING: ['Mua bán', 'Trafficking'], OTHER: ['Khác', 'Other'],
  },
  caseStatus: {
    REPORT_RECEIVED: ['Đã tiếp nhận', 'Report received'], INITIAL_ASSESSMENT_DONE: ['Đã đánh giá ban đầu', 'Initially assessed'],
    SPECIFIC_ASSESSMENT_DONE: ['Đã đánh giá cụ thể', 'Specifically assessed'], PLAN_DRAFTED: ['Đã lập kế hoạch', 'Plan drafted'],
    PLAN_SUBMITTED: ['Chờ phê duyệt kế hoạch', 'Plan submitted'], PLAN_RETURNED: ['Kế hoạch bị trả lại', 'Plan returned'],
    PLAN_IN_IMPLEMENTATION: ['Đang thực hiện kế hoạch', 'Plan in implementation'],
    UNDER_MONITORING: ['Đang theo dõi', 'Under monitoring'], CLOSED: ['Đã đóng', 'Closed'],
    TRANSFERRED: ['Đã chuyển đi', 'Transferred'], MERGED: ['Đã gộp', 'Merged'],
  },
  deadline: {
    EMERGENCY_MEASURE_12H: ['Can thiệp khẩn cấp trong 12 giờ', 'Emergency measure within 12 hours'],
    PLAN_DRAFTING_5WD: ['Lập kế hoạch trong 5 ngày làm việc', 'Plan within 5 working days'],
    REFERRAL_RESPONSE: ['Nơi nhận trả lời chuyển gửi', 'Answer to a referral'],
    CHILD_TURNS_16_IN_CARE: ['Trẻ đủ 16 tuổi khi đang được chăm sóc thay thế', 'Child turns 16 in care'],
  },
  risk: { LOW: ['Thấp', 'Low'], MEDIUM: ['Trung bình', 'Medium'], HIGH: ['Cao', 'High'] },
  acCategory: {
    ORPHANED_OR_ABANDONED: ['Mồ côi, bị bỏ rơi, không nơi nương tựa', 'Orphaned or abandoned'],
    PARENTS_UNABLE_TO_CARE: ['Cha mẹ không có khả năng chăm sóc', 'Parents unable to care'],
    SEPARATED_FOR_SAFETY: ['Phải cách ly khỏi cha mẹ vì an toàn', 'Separated for safety'],
    DISASTER_OR_CONFLICT: ['Do thiên tai, xung đột', 'Disaster or conflict'], OTHER: ['Khác', 'Other'],
  },
  careType: {
    KINSHIP: ['Người thân thích', 'Kinship'], NON_RELATIVE: ['Cá nhân, gia đình không phải người thân', 'Non-relative'],
    EMERGENCY: ['Khẩn cấp', 'Emergency'], RESPITE: ['Tạm thời', 'Respite'],
  },
  dossier: {
    BIRTH_CERTIFICATE_OR_ID: ['Giấy khai sinh hoặc giấy tờ tùy thân', 'Birth certificate or identity document'],
    HEALTH_RECORD: ['Hồ sơ sức khỏe', 'Health record'], PHOTOS: ['Ảnh của trẻ', 'Photos'],
    ASSESSMENT_FORM_10: ['Phiếu đánh giá (Mẫu 10)', 'Assessment (Form 10)'],
  },
  consentBasis: {
    PARENT_CONSENT: ['Cha mẹ đồng ý', 'Parent consent'], GUARDIAN_CONSENT: ['Người giám hộ đồng ý', 'Guardian consent'],
    LEGAL_EXCEPTION: ['Ngoại lệ theo luật', 'Legal exception'],
  },
  needStatus: {
    IDENTIFIED: ['Đã xác định', 'Identified'], DOSSIER_COMPLETE: ['Đủ hồ sơ', 'Dossier complete'],
    ELIGIBLE: ['Đủ điều kiện, đang tìm người nhận', 'Eligible, looking for carers'], ENDED: ['Đã kết thúc', 'Ended'],
  },
  arrangement: {
    NONE: ['Chưa có', 'None'], PROPOSED: ['Đã đề xuất', 'Proposed'], DECIDED: ['Đã có quyết định', 'Decided'],
    PLACED: ['Đang được chăm sóc thay thế', 'Placed'], ENDED: ['Đã kết thúc', 'Ended'],
  },
  emergencyMeasure: {
    EMERGENCY_MEASURE: ['Biện pháp can thiệp khẩn cấp', 'Emergency measure'],
    TEMPORARY_SEPARATION: ['Tạm thời cách ly trẻ', 'Temporary separation'],
  },
  // The steps of a case's timeline, by the name of the event the service keeps.
  timelineEvent: {
    PlanDrafted: ['Lập dự thảo kế hoạch hỗ trợ, can thiệp', 'Support plan drafted'],
    PlanSubmitted: ['Trình kế hoạch để phê duyệt', 'Plan submitted for approval'],
    PlanApproved: ['Chủ tịch UBND xã phê duyệt kế hoạch', 'Plan approved by the commune chair'],
    PlanReturned: ['Chủ tịch UBND xã trả lại kế hoạch', 'Plan returned by the commune chair'],
    ReferralSent: ['Chuyển gửi', 'Referred'],
    ReferralACCEPTED: ['Nơi nhận tiếp nhận chuyển gửi', 'Referral accepted'],
    ReferralREJECTED: ['Nơi nhận từ chối chuyển gửi', 'Referral rejected'],
    ReferralREVOKED: ['Thu hồi chuyển gửi', 'Referral revoked'],
    ReferralDONE: ['Hoàn thành chuyển gửi', 'Referral done'],
    AlternativeCareNeedIdentified: ['Xác định trẻ cần chăm sóc thay thế', 'Need for alternative care identified'],
    DossierItemRecorded: ['Ghi nhận giấy tờ trong hồ sơ của trẻ', 'Dossier document recorded'],
    ConsentRecorded: ['Ghi nhận ý kiến đồng ý của cha mẹ, người giám hộ', 'Consent recorded'],
    ChildOpinionRecorded: ['Ghi nhận ý kiến của trẻ', "Child's opinion recorded"],
    ChildDossierCompleted: ['Hồ sơ của trẻ đã đủ', "Child's dossier complete"],
    AlternativeCareEligibilityConfirmed: ['Xác nhận trẻ đủ điều kiện chăm sóc thay thế', 'Eligibility for alternative care confirmed'],
    AlternativeCareNeedEnded: ['Kết thúc nhu cầu chăm sóc thay thế', 'Need for alternative care ended'],
    RelativeAdded: ['Ghi nhận người thân thích', 'Relative added'],
    RelativeUpdated: ['Cập nhật người thân thích', 'Relative updated'],
    PlacementProposalRecorded: ['Đề xuất người nhận chăm sóc thay thế', 'Caregiver proposed'],
    PlacementProposalClosureRecorded: ['Đóng đề xuất người nhận chăm sóc', 'Proposal closed'],
    PlacementDecisionRecorded: ['Quyết định giao, nhận trẻ', 'Placement decided'],
    PlacementStartRecorded: ['Bàn giao trẻ cho người nhận chăm sóc', 'Child handed over to the caregiver'],
    PlacementEndRecorded: ['Chấm dứt việc chăm sóc thay thế', 'Placement ended'],
    TurningSixteenInCareWatchStarted: ['Theo dõi ngày trẻ đủ 16 tuổi', "Watching for the child's 16th birthday"],
    ChildTurned16InCare: ['Trẻ đã đủ 16 tuổi khi đang được chăm sóc thay thế', 'Child turned 16 in care'],
    TurningSixteenInCareWatchEnded: ['Kết thúc theo dõi ngày trẻ đủ 16 tuổi', 'Watch for the 16th birthday ended'],
  },
  // The public integration events (infra/contracts EventTypes), by the short name of the
  // type: org.kinbridge.matching.placement-decided.v1 -> placement-decided.
  eventType: {
    'report-received': ['Tiếp nhận báo tin', 'Report received'],
    'alternative-care-needed': ['Xác định trẻ cần chăm sóc thay thế', 'Need for alternative care confirmed'],
    'alternative-care-need-ended': ['Kết thúc nhu cầu chăm sóc thay thế', 'Need for alternative care ended'],
    'case-handed-over': ['Chuyển giao hồ sơ', 'Case handed over'],
    'initial-assessment-recorded': ['Đánh giá nguy cơ ban đầu', 'Initial risk assessment recorded'],
    'specific-assessment-recorded': ['Đánh giá nguy cơ cụ thể', 'Specific risk assessment recorded'],
    'emergency-measure-recorded': ['Áp dụng biện pháp can thiệp khẩn cấp', 'Emergency measure recorded'],
    'emergency-measure-deadline-missed': ['Quá hạn can thiệp khẩn cấp 12 giờ', 'Emergency measure time limit missed'],
    'plan-submitted': ['Trình kế hoạch để phê duyệt', 'Plan submitted for approval'],
    'plan-approved': ['Chủ tịch UBND xã phê duyệt kế hoạch', 'Plan approved by the commune chair'],
    'plan-returned': ['Chủ tịch UBND xã trả lại kế hoạch', 'Plan returned by the commune chair'],
    'plan-reviewed': ['Rà soát kế hoạch', 'Plan reviewed'],
    'plan-drafting-deadline-missed': ['Quá hạn lập kế hoạch', 'Plan drafting time limit missed'],
    'referral-sent': ['Chuyển gửi', 'Referral sent'],
    'referral-accepted': ['Nơi nhận tiếp nhận chuyển gửi', 'Referral accepted'],
    'referral-rejected': ['Nơi nhận từ chối chuyển gửi', 'Referral rejected'],
    'referral-revoked': ['Thu hồi chuyển gửi', 'Referral revoked'],
    'referral-completed': ['Hoàn thành chuyển gửi', 'Referral completed'],
    'referral-response-overdue': ['Quá hạn trả lời chuyển gửi', 'Referral answer overdue'],
    'case-closed': ['Đóng hồ sơ', 'Case closed'],
    'case-reopened': ['Mở lại hồ sơ', 'Case reopened'],
    'caregiver-registered': ['Đăng ký nhận chăm sóc thay thế', 'Caregiver registered'],
    'caregiver-approved': ['Công nhận người nhận chăm sóc thay thế', 'Caregiver approved'],
    'caregiver-capacity-changed': ['Thay đổi số trẻ có thể nhận', 'Caregiver capacity changed'],
    'caregiver-suspended': ['Tạm dừng người nhận chăm sóc', 'Caregiver suspended'],
    'caregiver-reinstated': ['Khôi phục người nhận chăm sóc', 'Caregiver reinstated'],
    'caregiver-removed': ['Xóa tên người nhận chăm sóc', 'Caregiver removed'],
    'placement-refused': ['Người nhận chăm sóc từ chối nhận trẻ', 'Placement refused by the caregiver'],
    'vetting-check-recorded': ['Ghi nhận kết quả xác minh điều kiện', 'Vetting check recorded'],
    'caregiver-found-ineligible': ['Người đăng ký không đủ điều kiện', 'Caregiver found ineligible'],
    'registration-withdrawn': ['Rút đăng ký nhận chăm sóc', 'Registration withdrawn'],
    'placement-proposed': ['Đề xuất người nhận chăm sóc thay thế', 'Placement proposed'],
    'placement-proposal-closed': ['Đóng đề xuất người nhận chăm sóc', 'Placement proposal closed'],
    'placement-decided': ['Quyết định giao, nhận trẻ', 'Placement decided'],
    'placement-started': ['Bàn giao trẻ cho người nhận chăm sóc', 'Placement started'],
    'placement-ended': ['Chấm dứt việc chăm sóc thay thế', 'Placement ended'],
    'caregiver-consent-recorded': ['Ghi nhận sự đồng ý của người nhận chăm sóc', "Caregiver's consent recorded"],
    'child-opinion-recorded': ['Ghi nhận ý kiến của trẻ', "Child's opinion recorded"],
    'monitoring-report-recorded': ['Ghi nhận báo cáo theo dõi', 'Monitoring report recorded'],
    'handover-overdue': ['Quá hạn bàn giao trẻ', 'Handover overdue'],
    'monitoring-report-overdue': ['Quá hạn báo cáo theo dõi', 'Monitoring report overdue'],
  },
  service: {
    case: ['Hồ sơ trẻ em', 'Case'], family: ['Gia đình nhận chăm sóc', 'Family'], matching: ['Ghép nối, giao nhận', 'Matching'],
  },
  vettingOutcome: { PASSED: ['Đạt', 'Passed'], FAILED: ['Không đạt', 'Failed'] },
  planStatus: {
    DRAFTED: ['Dự thảo', 'Draft'], SUBMITTED: ['Chờ Chủ tịch phê duyệt', 'Awaiting the chair'],
    RETURNED: ['Bị trả lại', 'Returned'], APPROVED: ['Đã phê duyệt', 'Approved'], SUPERSEDED: ['Đã được thay thế', 'Superseded'],
  },
  referralTarget: {
    HEALTH: ['Cơ sở y tế', 'Health facility'], EDUCATION: ['Cơ sở giáo dục', 'Education'],
    LEGAL_AID: ['Trợ giúp pháp lý', 'Legal aid'], PSYCHOSOCIAL: ['Hỗ trợ tâm lý – xã hội', 'Psychosocial support'],
    POLICE: ['Công an', 'Police'], SOCIAL_WORK_CENTRE: ['Trung tâm công tác xã hội', 'Social work centre'],
    OTHER_COMMUNE: ['Xã khác trong tỉnh (chuyển hồ sơ)', 'Another commune of the province (transfer)'],
    OTHER_PROVINCE: ['Tỉnh, thành phố khác (chuyển hồ sơ)', 'Another province (transfer)'],
  },
  referralStatus: {
    SENT: ['Đã gửi, chờ trả lời', 'Sent, awaiting an answer'], ACCEPTED: ['Đã tiếp nhận', 'Accepted'],
    REJECTED: ['Từ chối', 'Rejected'], REVOKED: ['Đã thu hồi', 'Revoked'], DONE: ['Đã hoàn thành', 'Done'],
  },
  sharedItem: {
    IDENTITY: ['Nhân thân của trẻ (họ tên, giới tính, tuổi)', "The children's identity (name, sex, age)"],
    ASSESSMENT: ['Kết quả đánh giá', 'Assessments'], PLAN: ['Kế hoạch hỗ trợ, can thiệp', 'The plan'],
    HEALTH: ['Sức khỏe, khuyết tật', 'Health and disability'],
    CASE_HISTORY: ['Diễn biến hồ sơ', 'Case history'], CONTACT: ['Nơi ở của trẻ', 'Where the children live'],
  },
  consentGiver: { PARENT: ['Cha hoặc mẹ', 'Parent'], GUARDIAN: ['Người giám hộ', 'Guardian'] },
  consentForm: { WRITTEN: ['Bằng văn bản', 'Written'], VERBAL: ['Bằng lời nói', 'Verbal'] },
  overrideGround: {
    CHILD_SAFETY_EMERGENCY: ['Trẻ đang gặp nguy hiểm, cần can thiệp ngay', 'The child is in danger now'],
    COURT_ORDER: ['Theo quyết định của Tòa án', 'Court order'],
    PARENT_IS_ALLEGED_ABUSER: ['Cha mẹ, người giám hộ là người bị nghi gây hại', 'The parent or guardian is the alleged abuser'],
    LAW_ENFORCEMENT_REQUEST: ['Theo yêu cầu của cơ quan điều tra, viện kiểm sát', 'Requested by the police or prosecutor'],
    NO_PARENT_OR_GUARDIAN_REACHABLE: ['Không liên lạc được cha mẹ, người giám hộ', 'No parent or guardian can be reached'],
  },
  placementState: {
    MATCH_PROPOSED: ['Đã đề xuất', 'Proposed'], CAREGIVER_CONFIRMED: ['Người nhận đã đồng ý', 'Caregiver confirmed'],
    CHILD_CONSULTED: ['Đã lấy ý kiến trẻ', 'Child consulted'],
    PLACEMENT_DECISION_ISSUED: ['Đã có quyết định giao, nhận', 'Decision issued'],
    PLACEMENT_ACTIVE: ['Trẻ đang được chăm sóc', 'Active'], PLACEMENT_ENDED: ['Đã kết thúc', 'Ended'],
    PROPOSAL_CLOSED: ['Đề xuất đã đóng', 'Proposal closed'],
  },
};

const MESSAGES = [
  [/^must not be blank$/, 'Không được để trống.'],
  [/^must not be empty$/, 'Chọn hoặc nhập ít nhất một mục.'],
  [/^must not be null$/, 'Bắt buộc.'],
  [/^give the date of birth or an estimated age$/, 'Nhập ngày sinh hoặc tuổi ước tính.'],
  [/^give the reporter's name, or mark the report anonymous$/, 'Nhập tên người báo tin, hoặc đánh dấu ẩn danh.'],
  [/^must be a date in the past or in the present$/, 'Phải là hôm nay hoặc một ngày đã qua.'],
  [/^must be a date in the past$/, 'Phải là một ngày đã qua.'],
  [/^must not be after the day the report was received$/, 'Không được sau ngày nhận tin.'],
  [/^must be one of: (.*)$/, 'Phải là một trong: $1'],
  [/^not recorded$/, 'Chưa ghi nhận.'],
  [/^not recorded: (.*)$/, 'Chưa ghi nhận ($1).'],
  [/^required: (.*)$/, 'Bắt buộc ($1).'],
  [/^the plan cannot end before it starts$/, 'Ngày kết thúc không được trước ngày bắt đầu.'],
  [/^the consent of a parent or guardian is required, or an override with its legal ground$/,
    'Cần sự đồng ý của cha mẹ hoặc người giám hộ, hoặc căn cứ pháp lý để chuyển gửi không cần đồng ý.'],
  [/^say who consented, when and how$/, 'Ghi rõ ai đồng ý, ngày nào và bằng hình thức nào.'],
  [/^cannot be after the day of the referral$/, 'Không được sau ngày chuyển gửi.'],
  [/^is required for written consent$/, 'Bắt buộc khi đồng ý bằng văn bản.'],
  [/^give the reference of the signed consent$/, 'Ghi số văn bản đồng ý đã ký.'],
  [/^the opinion of the child at childIds\[\d+\] is required: the child is (\d+) or older on (\S+), or of unknown age$/,
    'Phải lấy ý kiến của trẻ: trẻ từ đủ $1 tuổi (hoặc chưa rõ tuổi) vào ngày $2.'],
  [/^is not one of the referred children$/, 'Không phải là trẻ được chuyển gửi.'],
  [/^is required to go without consent$/, 'Bắt buộc khi chuyển gửi không có sự đồng ý.'],
  [/^say why the legal ground applies to this child$/, 'Ghi rõ vì sao căn cứ này áp dụng cho trẻ.'],
  [/^say who decided to go without consent$/, 'Ghi rõ người quyết định chuyển gửi không cần đồng ý.'],
  [/^is required when the target is (.*)$/, 'Bắt buộc khi chuyển hồ sơ đến xã, tỉnh khác.'],
  [/^must be a 2-digit province code$/, 'Mã tỉnh gồm 2 chữ số.'],
  [/^must be a 5-digit commune code$/, 'Mã xã gồm 5 chữ số.'],
  [/^is not a (province|commune) .*$/, 'Không có trong danh mục đơn vị hành chính hiện hành.'],
];

let language = localStorage.getItem('kinbridge.language') === 'en' ? 'en' : 'vi';

export function lang() {
  return language;
}

export function setLanguage(next) {
  language = next === 'en' ? 'en' : 'vi';
  localStorage.setItem('kinbridge.language', language);
  document.documentElement.lang = language;
}

function pick(pair, fallback) {
  return pair ? pair[language === 'vi' ? 0 : 1] : fallback;
}

/** A text of the interface. */
export function t(key) {
  return pick(TEXT[key], key);
}

/** The label of a code of a code list, or the code itself when unknown. */
export function label(list, code) {
  if (code === null || code === undefined) {
    return '';
  }
  return pick((CODES[list] || {})[code], String(code));
}

export function codes(list) {
  return Object.keys(CODES[list] || {});
}

/** An API message in the user's language where it is a known one. */
export function message(text) {
  if (language === 'en' || !text) {
    return text;
  }
  for (const [pattern, vi] of MESSAGES) {
    if (pattern.test(text)) {
      return text.replace(pattern, vi);
    }
  }
  return text;
}

const VIETNAM = 'Asia/Ho_Chi_Minh';

function parts(date, withTime) {
  const options = { timeZone: VIETNAM, day: '2-digit', month: '2-digit', year: 'numeric' };
  if (withTime) {
    Object.assign(options, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  }
  const found = {};
  new Intl.DateTimeFormat('en-GB', options).formatToParts(date).forEach((p) => { found[p.type] = p.value; });
  return found;
}

/** 2016-03-02 or an instant -> 02/03/2016 (the day in Vietnam). */
export function formatDate(value) {
  if (!value) {
    return '';
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  const p = parts(new Date(value), false);
  return `${p.day}/${p.month}/${p.year}`;
}

/** An instant -> 02/03/2016 08:30 in Vietnam's time. */
export function formatDateTime(value) {
  if (!value) {
    return '';
  }
  const p = parts(new Date(value), true);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** 02/03/2016 -> 2016-03-02, or null when it is no real day. */
export function parseDate(text) {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text || '');
  if (!match) {
    return null;
  }
  const [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Today in Vietnam as 02/03/2016, and the time as 08:30. */
export function todayText() {
  return formatDate(new Date().toISOString());
}

export function nowTimeText() {
  const p = parts(new Date(), true);
  return `${p.hour}:${p.minute}`;
}

/** Today in Vietnam as 2016-03-02. */
export function todayIso() {
  return parseDate(todayText());
}
