// Where a short place name (开化, 湖镇, 资源) stands as a name and not as an
// everyday word: the words around it, or a place beside it in a list.

/** A mention as the context rules see it: where it stands and what it reads. */
export interface Spot {
  at: number
  form: { form: string }
}

/** Characters that, just before a short form, show it standing as a place name (在开化, 赴常山). */
const BEFORE_PLACE = new Set('在到赴来于从至往驻经')
/**
 * Common words that end in one of those characters (存在, 得到, 由于): 存在水土流失 is no 在 before 水土. Ordinary
 * vocabulary, not place names, so the list holds for any page.
 */
const WORDS_ENDING_IN_CUE = new Set([
  '存在', '现在', '正在', '实在', '所在', '好在', '在于', '得到', '受到', '达到', '遇到', '看到', '想到', '做到', '感到', '提到', '直到', '带来', '原来', '未来', '以来', '近来', '起来', '出来', '将来', '本来', '后来', '由于', '对于', '关于', '属于', '等于', '至于', '处于', '善于', '用于', '便于', '易于', '服从', '自从', '甚至', '以至', '直至', '乃至', '以往', '已经', '曾经', '历经',
])
/** Characters and words that, right after a short form, show it standing as a place name (开化人, 江山二中, 湖镇派出所). */
const AFTER_PLACE_CHARS = new Set('人籍境内外')
const AFTER_PLACE_WORDS = ['各地', '等地', '两地', '三地', '全境', '一带', '派出所', '政府', '党委', '中学', '小学', '二中', '一中', '实验', '医院', '卫生院', '中心', '法院', '检察院', '公安', '交警', '供电', '税务', '景区', '大道', '村', '社区']
/** Separators of a list (开化、常山 / 开化和常山): a name in a list is a place only beside another place. */
const LIST = new Set('、和与及同')

/**
 * Does the short form at `spots[j]` stand where a place name stands: 在开化 / 江山二中 / 湖镇派出所, or listed beside
 * a place (开化、常山) — unlike 江山如画, 人力资源、社会保障 or 存在水土流失? `isPlace(k)` tells whether spots[k] reads as a place.
 */
export function placeLikeContext(text: string, spots: readonly Spot[], j: number, isPlace: (k: number) => boolean): boolean {
  const { at, form } = spots[j] as Spot
  const before = at > 0 ? text.charAt(at - 1) : ''
  if (BEFORE_PLACE.has(before) && !WORDS_ENDING_IN_CUE.has(text.slice(at - 2, at))) return true
  const end = at + form.form.length
  const after = text.charAt(end)
  if (AFTER_PLACE_CHARS.has(after) || AFTER_PLACE_WORDS.some((w) => text.startsWith(w, end))) return true
  const previous = spots[j - 1]
  // Right after a place (徐州丰县, 河北省赵县, 衢州柯城), or after one and a list separator.
  const gap = previous ? at - previous.at - previous.form.form.length : -1
  if ((gap === 0 || (gap === 1 && LIST.has(before))) && isPlace(j - 1)) return true
  const next = spots[j + 1]
  return LIST.has(after) && next !== undefined && next.at === end + 1 && isPlace(j + 1)
}

/** Punctuation that ends a phrase: after the paper's own place name (健康柯城”, 走进开化，) it stands as the place. */
const PHRASE_END = new Set('，,。；;：:）)”’」』、！!？?')

/** Does the mention end a phrase (a weaker sign, enough only for the paper's own place)? */
export const closesPhrase = (text: string, spot: Spot): boolean => PHRASE_END.has(text.charAt(spot.at + spot.form.form.length))
