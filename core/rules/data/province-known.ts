import { infoCell } from "../../model";
import { defineRule } from "../types";

/** data: the province (and cluster) named on the info sheet is known to the reference data. */
export default defineRule({
  id: "data/province-known",
  criterion: "data",
  severity: "error",
  title: { th: "ชื่อจังหวัดและกลุ่มจังหวัดถูกต้องตามข้อมูลอ้างอิง", en: "Province and cluster names are known" },
  messages: {
    unknownProvince: {
      th: 'ไม่รู้จักจังหวัด "{name}" ในข้อมูลอ้างอิง',
      en: 'Province "{name}" is not in the reference data',
    },
    unknownCluster: {
      th: 'ไม่รู้จักกลุ่มจังหวัด "{name}" ในข้อมูลอ้างอิงของปีงบประมาณ {year}',
      en: 'Cluster "{name}" is not in the reference data for fiscal year {year}',
    },
  },
  fix: {
    th: "พิมพ์ชื่อจังหวัดภาษาไทยเต็มตามทะเบียน (เช่น ตราด, พระนครศรีอยุธยา) และชื่อกลุ่มจังหวัดตามประกาศ",
    en: "Type the province's full Thai name (e.g. ตราด) and the cluster's official name",
  },
  check(ctx) {
    // Until the reference data lands, lookups know nothing: say nothing rather than flag every name.
    if (!ctx.reference.provinces.length) return;
    const { province, cluster, fiscalYear } = ctx.model.info.values;
    const sheet = ctx.model.info.sheet;
    if (province && !ctx.reference.province(province)) {
      ctx.report({ messageId: "unknownProvince", sheet, cell: infoCell(ctx.model, "province"), data: { name: province } });
    }
    if (cluster && fiscalYear && ctx.reference.clusterSets.length && !ctx.reference.clusterByName(cluster, fiscalYear)) {
      ctx.report({
        messageId: "unknownCluster",
        sheet,
        cell: infoCell(ctx.model, "cluster"),
        data: { name: cluster, year: fiscalYear },
        severity: "warning",
      });
    }
  },
});
