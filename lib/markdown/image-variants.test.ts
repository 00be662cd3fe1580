import assert from 'node:assert/strict'
import { test } from 'node:test'
import { imageSrcSet, parseVariantName, variantName, variantWidths } from './image-variants'

test('a raster image gets the copies narrower than itself, and none when it is small', () => {
  assert.deepEqual(variantWidths('photo.png', 3000), [640, 1280, 1920])
  assert.deepEqual(variantWidths('photo.JPG', 1500), [640, 1280])
  assert.deepEqual(variantWidths('photo.webp', 1280), [640])
  assert.deepEqual(variantWidths('photo.jpeg', 640), [])
  assert.deepEqual(variantWidths('photo.png', 300), [])
})

test('SVG, GIF and images of unknown size get no copies', () => {
  assert.deepEqual(variantWidths('diagram.svg', 3000), [])
  assert.deepEqual(variantWidths('animation.gif', 3000), [])
  assert.deepEqual(variantWidths('photo.png', undefined), [])
})

test('a copy is named after the image and its width, and the name reads back', () => {
  assert.equal(variantName('photo.png', 640), 'photo.640w.png')
  assert.equal(variantName('/talks-site/attachments/my-photo.jpg', 1280), '/talks-site/attachments/my-photo.1280w.jpg')
  assert.deepEqual(parseVariantName('my-photo.640w.png'), { name: 'my-photo.png', width: 640 })
  assert.equal(parseVariantName('my-photo.png'), undefined)
  assert.equal(parseVariantName('photo-640w.png'), undefined)
})

test('the srcset lists each copy, then the original at its own width, under the src’s path', () => {
  assert.equal(
    imageSrcSet('/talks-site/attachments/photo.png', 2400),
    '/talks-site/attachments/photo.640w.png 640w, /talks-site/attachments/photo.1280w.png 1280w, /talks-site/attachments/photo.1920w.png 1920w, /talks-site/attachments/photo.png 2400w',
  )
  assert.equal(imageSrcSet('/attachments/photo.webp', 1000), '/attachments/photo.640w.webp 640w, /attachments/photo.webp 1000w')
})

test('an image without copies gets no srcset', () => {
  assert.equal(imageSrcSet('/attachments/photo.png', 600), undefined)
  assert.equal(imageSrcSet('/attachments/diagram.svg', 2400), undefined)
  assert.equal(imageSrcSet('/attachments/photo.png', undefined), undefined)
})
