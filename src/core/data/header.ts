import { InputError, type Place } from "../errors.js";

/** Column names must be present and distinct: later rules and reports name columns. */
export function validateHeader(file: string, names: readonly string[], place: Place): void {
  const seen = new Map<string, number>();
  names.forEach((name, i) => {
    if (name.trim() === "") throw new InputError(file, { ...place, column: i + 1 }, "the column name is blank");
    const first = seen.get(name);
    if (first !== undefined) {
      throw new InputError(
        file,
        place,
        `the column name ${JSON.stringify(name)} appears twice (columns ${first + 1} and ${i + 1})`,
      );
    }
    seen.set(name, i);
  });
}
