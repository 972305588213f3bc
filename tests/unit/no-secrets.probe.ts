// Not run: no-secrets.test.ts parses this file to prove its syntax check sees each way of reading a value.
declare const field: HTMLInputElement;
declare const form: HTMLFormElement;
export const reads = [field.value, field['value'], field.getAttribute('value'), new FormData(form), form.elements];
export const { value } = field;
