/**
 * For a Mantine Grid whose columns follow the width of the card it sits in, not the window's:
 * beside the navigation, a 1024 px window leaves a card about 710 px, where the window-wide
 * "sm" layout squeezed fields and cut labels. Spread onto `<Grid>`.
 */
export const CONTAINER_GRID = {
  type: 'container',
  breakpoints: { xs: '480px', sm: '800px', md: '1000px', lg: '1200px', xl: '1400px' },
} as const;
