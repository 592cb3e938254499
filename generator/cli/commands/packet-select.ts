/** Which workbooks a committee's packet takes, in what order, and why the others are left out. */
import { REFERENCE, type CheckResult } from "../../../core";
import { COMMITTEES_2565, type Committee, type LeftOut, type PacketEntry } from "../../documents";

export interface Readable {
  file: string;
  result: CheckResult;
}

interface Placed extends Readable {
  isCluster: boolean;
  cluster: string;
  clusterNo: number | null;
}

const COMMITTEE_ALIASES: Record<string, Committee> = {
  กบจ: "ก.บ.จ.",
  kbj: "ก.บ.จ.",
  กบก: "ก.บ.ก.",
  kbk: "ก.บ.ก.",
  กนจ: "ก.น.จ.",
  knj: "ก.น.จ.",
  กนบ: "ก.น.บ.",
  knb: "ก.น.บ.",
  อกนบภาค: "อ.ก.น.บ.ภาค",
  อนุกรรมการประจำภาค: "อ.ก.น.บ.ภาค",
  regional: "อ.ก.น.บ.ภาค",
};

/** "กบจ", "ก.บ.จ.", "kbj" → "ก.บ.จ."; undefined when not a committee. */
export function parseCommittee(input: string): Committee | undefined {
  return COMMITTEE_ALIASES[input.normalize("NFC").replace(/[\s.]/g, "").toLowerCase()];
}

function place(r: Readable): Placed {
  const v = r.result.model.info.values;
  const fy = v.fiscalYear ?? 2552;
  const isCluster = v.level === "กลุ่มจังหวัด";
  const ref = isCluster ? REFERENCE.clusterByName(v.cluster ?? r.result.province, fy) : REFERENCE.clusterOf(v.province ?? "", fy);
  const typed = (isCluster ? (v.cluster ?? r.result.province) : v.cluster) ?? "";
  const cluster = ref?.th ?? typed.replace(/^กลุ่มจังหวัด\s*/, "");
  return { ...r, isCluster, cluster: cluster || "ไม่ระบุกลุ่มจังหวัด", clusterNo: ref?.no ?? null };
}

function byClusterThenProvince(a: Placed, b: Placed): number {
  const na = a.clusterNo ?? Number.MAX_SAFE_INTEGER;
  const nb = b.clusterNo ?? Number.MAX_SAFE_INTEGER;
  return (
    na - nb ||
    a.cluster.localeCompare(b.cluster, "th") ||
    Number(b.isCluster) - Number(a.isCluster) ||
    a.result.province.localeCompare(b.result.province, "th")
  );
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * A packet takes workbooks of one pack: the 2565 decree's committees those of a pack with its
 * alignment columns, ก.น.จ. those without; ก.บ.จ./ก.บ.ก. the pack most of them use.
 */
function samePack(committee: Committee, placed: Placed[], out: (p: Placed, th: string, en: string) => void): Placed[] {
  const today = (p: Placed) => Boolean(p.result.pack?.features?.includes("alignment"));
  const fits = (p: Placed) => (COMMITTEES_2565.has(committee) ? today(p) : committee === "ก.น.จ." ? !today(p) : true);
  const eligible = placed.filter((p) => {
    if (fits(p)) return true;
    const id = p.result.pack?.id ?? "-";
    out(p, `${committee} ไม่พิจารณาสมุดงานตามชุดกติกา ${id}`, `${committee} does not take workbooks under pack ${id}`);
    return false;
  });
  const target = mostCommon(eligible.map((p) => p.result.pack?.id ?? "-"));
  return eligible.filter((p) => {
    const id = p.result.pack?.id ?? "-";
    if (id === target) return true;
    out(p, `ใช้ชุดกติกา ${id} ไม่ใช่ ${target} ของเอกสารชุดนี้`, `under pack ${id}, not this packet's ${target}`);
    return false;
  });
}

export function selectForCommittee(committee: Committee, readable: readonly Readable[]): { entries: PacketEntry[]; leftOut: LeftOut[] } {
  const leftOut: LeftOut[] = [];
  const out = (p: Placed, th: string, en: string) => leftOut.push({ file: p.file, reason: th, reasonEn: en });
  const placed = samePack(committee, readable.map(place), out);
  let kept: Placed[] = [];
  // The national committees take every province and cluster; a regional sub-committee its region's (regions are not in the reference data yet: all).
  if (committee === "ก.น.จ." || COMMITTEES_2565.has(committee)) kept = placed;
  else if (committee === "ก.บ.จ.") {
    for (const p of placed) {
      if (p.isCluster) out(p, "ก.บ.จ. ไม่พิจารณาแผนกลุ่มจังหวัด", "a provincial committee does not take a cluster plan");
      else if (kept.length)
        out(
          p,
          `ก.บ.จ. พิจารณาจังหวัดเดียว (รับจังหวัด${kept[0].result.province}ไว้แล้ว)`,
          `a provincial committee takes one province (${kept[0].result.province} is already in)`,
        );
      else kept.push(p);
    }
  } else {
    const target = placed.find((p) => p.isCluster)?.cluster ?? mostCommon(placed.map((p) => p.cluster));
    for (const p of placed) {
      if (p.cluster === target) kept.push(p);
      else out(p, `อยู่ในกลุ่มจังหวัด${p.cluster} ไม่ใช่กลุ่มจังหวัด${target}`, `belongs to cluster ${p.cluster}, not ${target}`);
    }
  }
  kept.sort(byClusterThenProvince);
  return { entries: kept.map((p) => ({ result: p.result, cluster: p.cluster })), leftOut };
}
