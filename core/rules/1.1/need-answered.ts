import { defineRule } from "../types";
import { codeKey, label } from "../util/lookup";
import { judgeReasons, problemText } from "../util/reasons";

/** 1.1: every need raised is answered by an issue or a project, or marked ไม่รับ with a reason. */
export default defineRule({
  id: "1.1/need-answered",
  criterion: "1.1",
  severity: "error",
  title: { th: "ความต้องการของประชาชนได้รับการตอบสนองหรือชี้แจงเหตุผล", en: "Every need raised is answered or declined with a reason" },
  messages: {
    unanswered: {
      th: "ความต้องการ {need} ไม่มีประเด็นยุทธศาสตร์หรือโครงการใดตอบสนอง และไม่ได้ระบุว่าไม่รับพร้อมเหตุผล",
      en: "Need {need} is answered by no strategic issue or project and is not marked as not taken up with a reason",
    },
    noReason: {
      th: "ความต้องการ {need} ระบุว่าไม่รับ แต่เหตุผลไม่เพียงพอ ({problem})",
      en: "Need {need} is marked as not taken up without a sufficient reason ({problemEn})",
    },
  },
  fix: {
    th: "อ้างรหัสความต้องการนี้ในประเด็นยุทธศาสตร์หรือโครงการ หรือเลือก ไม่รับ และเขียนเหตุผลอย่างน้อย 20 ตัวอักษร",
    en: "Name this need in a strategic issue or project, or mark it ไม่รับ with a reason of at least 20 characters",
  },
  check(ctx) {
    const { needs, issues, projects } = ctx.model;
    const answered = new Set<string>();
    for (const i of issues.rows) for (const n of i.needIds ?? []) answered.add(codeKey(n));
    for (let row = 0; row < projects.rows.length; row++) {
      const ids = projects.rows[row].needIds;
      if (ids) for (let k = 0; k < ids.length; k++) answered.add(codeKey(ids[k]));
    }
    const names = needs.rows.map((n) => label(n.id, n.$row));
    const verdicts = judgeReasons(
      needs.rows.map((n) => (n.status === "ไม่รับ" ? n.reason : null)),
      names,
      ctx.settings,
    );
    needs.rows.forEach((n, i) => {
      const name = names[i];
      if (answered.has(codeKey(n.id))) return;
      if (n.status !== "ไม่รับ") {
        ctx.reportAt(needs, n, "id", { messageId: "unanswered", data: { need: name } });
        return;
      }
      const problem = verdicts.problem(i);
      if (problem) {
        ctx.reportAt(needs, n, "reason", {
          messageId: "noReason",
          data: { need: name, ...problemText(problem, ctx.settings.minReasonLength) },
        });
      }
    });
  },
});
