"use client";

import { useState, type ChangeEvent } from "react";

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * What the user typed, kept as typed: a refused save leaves every field as it was. `bind`
 * wires a text field, `check` a checkbox, `set` any field by name; `replace` loads other
 * values (the record as it is now, after a conflict).
 */
export function useFormValues<V extends Record<string, string | boolean>>(initial: V) {
  const [values, setValues] = useState(initial);
  const bind = (name: keyof V & string) => ({
    name,
    value: values[name] as string,
    onChange: (e: ChangeEvent<Control>) => setValues((v) => ({ ...v, [name]: e.target.value })),
  });
  const check = (name: keyof V & string) => ({
    name,
    checked: values[name] as boolean,
    onChange: (e: ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [name]: e.target.checked })),
  });
  const set = (name: keyof V & string, value: V[keyof V]) => setValues((v) => ({ ...v, [name]: value }));
  return { values, bind, check, set, replace: setValues };
}
