import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.modules.update({
  moduleId: "Md3qWe6RtY8u1",
  body: {
    Name: "Fire Extinguisher Drill",
    Description: "Pick the right extinguisher for each kind of fire, in an interactive drill (2027 edition).",
    ModuleType: 9,
    Active: true,
    Code: "FIRE-DRILL",
    HideDescription: false,
    NewWindow: true,
    ReviewMode: true,
    ContentURL: "https://files.northwind.example/elearning/fire-drill.zip?v=2&download=1"
  }
});
console.log(result);
